import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Validator } from '@seriousme/openapi-schema-validator'
import type { Payload } from 'payload'
import { openAPIDocument } from '../src/delivery/openapi'
import { newsroomOnFreshDatabase } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await newsroomOnFreshDatabase()
})

afterAll(async () => {
  await payload.destroy()
})

describe('the OpenAPI contract', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = openAPIDocument(payload.config, payload.db.defaultIDType === 'number' ? 'number' : 'text')
    const result = await new Validator().validate(document as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    const broken = await new Validator().validate({ openapi: '3.1.0', paths: { '/x': { get: { responses: 'none' } } } } as never)
    expect(broken.valid).toBe(false)
  })

  it('describes the public endpoints and the schemas of what they return', () => {
    const document = openAPIDocument(payload.config, 'number') as { paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/articles', '/api/articles/{id}', '/api/articles/{id}/jsonld', '/api/search', '/api/feeds/{locale}/{format}', '/api/sitemap.xml', '/api/graphql']),
    )
    expect(Object.keys(document.components.schemas.articles?.properties ?? {})).toEqual(expect.arrayContaining(['title', 'slug', 'standfirst', 'withdrawal', 'changeHistory']))
  })
})

describe('what the contract tells the public', () => {
  const document = () => openAPIDocument(payload.config, 'number') as { components: { schemas: Record<string, unknown> } }
  const staffCollections = ['users', 'audit-log', 'webhook-subscriptions', 'webhook-deliveries', 'releases', 'payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations']

  it('documents no schema of staff data: users, audit trail, webhooks, releases, jobs', () => {
    const names = Object.keys(document().components.schemas)
    for (const name of staffCollections) expect(names).not.toContain(name)
    const text = JSON.stringify(document())
    for (const word of ['"hash"', '"salt"', '"sessions"', '"secret"', '"resetPasswordToken"', '"email"']) expect(text).not.toContain(word)
  })

  it('leaves out the fields anonymous readers never get', () => {
    const articles = document().components.schemas.articles as { properties: Record<string, unknown> }
    expect(Object.keys(articles.properties)).toEqual(expect.arrayContaining(['title', 'slug', 'authors']))
    for (const field of ['editorial', 'sourceFingerprint']) expect(Object.keys(articles.properties)).not.toContain(field)
  })

  it('shows a relation to staff data as the bare id a reader gets', () => {
    const articles = document().components.schemas.articles as { properties: { authors: unknown } }
    expect(JSON.stringify(articles.properties.authors)).not.toContain('users')
  })
})
