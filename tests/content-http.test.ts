import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { article } from '../src/seed/content'
import { call, graphql, inviteStaff, registerFirstAdmin } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'

type Block = { type: string; fields: Record<string, unknown> & { blockType: string } }
type ArticleReply = { id: number | string; title: string; body: { root: { children: Block[] } } }

const password = 'a long and careful passphrase'
let server: RunningServer
let editorToken: string

const blocksOf = (doc: ArticleReply, blockType: string) =>
  doc.body.root.children.filter((node) => node.type === 'block' && node.fields.blockType === blockType).map((node) => node.fields)

const articleBySlug = async (slug: string, locale: string, token?: string) => {
  const query = new URLSearchParams({ 'where[slug][equals]': slug, locale, depth: '3' })
  return call<{ docs: ArticleReply[] }>(`${server.url}/api/articles?${query}`, { token })
}

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-http-media-')) })
  const adminToken = await registerFirstAdmin(server.url, password)
  editorToken = await inviteStaff(server.url, adminToken, 'editor', password, { name: 'Karim Editor', role: 'editor' })
})

afterAll(async () => {
  await server?.stop()
})

describe('the seeded article over REST, in Arabic', () => {
  it('is found by its Arabic slug, with its quotes, the speakers’ roles at the time and the partner logos', async () => {
    const reply = await articleBySlug(article.slug.ar, 'ar')
    expect(reply.status).toBe(200)
    const doc = reply.body.docs[0] as ArticleReply
    expect(doc.title).toBe(article.title.ar)

    const quotes = blocksOf(doc, 'officialQuote').map((fields) => fields.quote as Record<string, any>)
    expect(quotes).toHaveLength(2)
    expect(quotes[0]?.text).toBe('هذا اليوم احتفاء بالرقمي المصنوع في المغرب.')
    expect(quotes[0]?.isTranslation).toBe(true)
    expect(quotes[0]?.speaker?.fullName).toBe('غيثة مزور')
    expect(quotes[0]?.appointment?.roleTitle).toBe('الوزيرة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة')
    expect(quotes[1]?.appointment?.roleTitle).toBe('رئيس الاتحاد العام لمقاولات المغرب')

    const [strip] = blocksOf(doc, 'partnerStrip')
    const partners = strip?.organisations as Array<Record<string, any>>
    expect(partners.map((organisation) => organisation.acronym)).toEqual(['APEBI', 'AMDIE', 'ADD', 'CGEM', 'AUSIM', 'TP'])
    const logo = partners[0]?.logo
    expect(logo?.mimeType).toBe('image/svg+xml')
    const file = await fetch(new URL(logo.url, server.url))
    expect(file.status).toBe(200)
  })

  it('sends no staff account data with the article', async () => {
    const reply = await articleBySlug(article.slug.ar, 'ar')
    expect(JSON.stringify(reply.body)).not.toContain('@newsroom.test')
  })
})

describe('the seeded article over GraphQL, in Arabic', () => {
  it('is found by its Arabic slug with its quotes and partner logos populated', async () => {
    const reply = await graphql<{ Articles: { docs: Array<{ title: string; body: ArticleReply['body'] }> } }>(
      server.url,
      `query ($slug: String!) {
        Articles(where: { slug: { equals: $slug } }, locale: ar) {
          docs { title body(depth: 3) section { name } launchEvent { title } }
        }
      }`,
      { slug: article.slug.ar },
    )
    expect(reply.body.errors).toBeUndefined()
    const doc = reply.body.data?.Articles.docs[0]
    expect(doc?.title).toBe(article.title.ar)
    const quotes = blocksOf(doc as unknown as ArticleReply, 'officialQuote').map((fields) => fields.quote as Record<string, any>)
    expect(quotes[1]?.speaker?.fullName).toBe('شكيب لعلج')
    expect(quotes[1]?.appointment?.roleTitle).toBe('رئيس الاتحاد العام لمقاولات المغرب')
    const [strip] = blocksOf(doc as unknown as ArticleReply, 'partnerStrip')
    expect((strip?.organisations as Array<Record<string, any>>)[3]?.logo?.url).toMatch(/cgem\.svg$/)
  })
})

describe('nothing a draft holds reaches an anonymous reader', () => {
  const secret = 'BROUILLON-CONFIDENTIEL'
  let draftId: number | string
  let publishedId: number | string

  beforeAll(async () => {
    const sections = await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/sections`)
    const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles?draft=true`, {
      method: 'POST',
      token: editorToken,
      json: { title: `${secret} nouvel article`, standfirst: secret, section: sections.body.docs[0]?.id },
    })
    expect(created.status).toBe(201)
    draftId = created.body.doc.id
    const published = await articleBySlug(article.slug.fr, 'fr')
    publishedId = published.body.docs[0]?.id as number | string
    const edit = await call(`${server.url}/api/articles/${publishedId}?draft=true&locale=fr`, {
      method: 'PATCH',
      token: editorToken,
      json: { title: `${secret} titre en cours` },
    })
    expect(edit.status).toBe(200)
  })

  it('keeps drafts out of REST lists, reads by id and draft=true requests', async () => {
    const list = await call(`${server.url}/api/articles?limit=100&draft=true`)
    expect(JSON.stringify(list.body)).not.toContain(secret)
    const byId = await call(`${server.url}/api/articles/${draftId}?draft=true`)
    expect(byId.status).toBe(404)
    expect(JSON.stringify(byId.body)).not.toContain(secret)
    const publishedOne = await call<{ title: string }>(`${server.url}/api/articles/${publishedId}?draft=true&locale=fr`)
    expect(publishedOne.body.title).toBe(article.title.fr)
    const versions = await call(`${server.url}/api/articles/versions`)
    expect(versions.status).toBe(403)
  })

  it('keeps drafts out of GraphQL', async () => {
    const reply = await graphql(server.url, '{ Articles(limit: 100, draft: true) { docs { title standfirst } } }')
    expect(JSON.stringify(reply.body)).not.toContain(secret)
    const versions = await graphql(server.url, '{ versionsArticles { docs { version { title } } } }')
    expect(JSON.stringify(versions.body)).not.toContain(secret)
  })

  it('still shows the draft to its editors', async () => {
    const reply = await call<{ title: string }>(`${server.url}/api/articles/${draftId}?draft=true`, { token: editorToken })
    expect(reply.body.title).toContain(secret)
  })

  it('stops populating a quote once it is no longer approved', async () => {
    const before = await articleBySlug(article.slug.fr, 'fr')
    const quote = blocksOf(before.body.docs[0] as ArticleReply, 'officialQuote')[0]?.quote as { id: number | string }
    const pending = await call(`${server.url}/api/quotes/${quote.id}`, { method: 'PATCH', token: editorToken, json: { approvalStatus: 'pending' } })
    expect(pending.status).toBe(200)
    const after = await articleBySlug(article.slug.fr, 'fr')
    const stillThere = blocksOf(after.body.docs[0] as ArticleReply, 'officialQuote')[0]?.quote
    expect(typeof stillThere).not.toBe('object')
    expect(JSON.stringify(after.body)).not.toContain('Cette journée est une célébration')
  })
})

describe('validation over REST and GraphQL', () => {
  it('answers 400 naming the field over REST', async () => {
    const reply = await call<{ errors: Array<{ message: string; data?: { errors: Array<{ path: string; message: string }> } }> }>(
      `${server.url}/api/launch-events`,
      {
        method: 'POST',
        token: editorToken,
        json: { title: 'Forum', summary: 'Résumé', startsAt: '2026-05-02T09:00:00.000Z', endsAt: '2026-05-01T09:00:00.000Z' },
      },
    )
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0]?.data?.errors).toEqual([
      expect.objectContaining({ path: 'endsAt', message: 'The event cannot end before it starts.' }),
    ])
  })

  it('names the field in the GraphQL error too', async () => {
    const reply = await graphql(
      server.url,
      `mutation { createOrganisation(data: { name: "Test", kind: company, website: "ftp://nope" }) { id } }`,
      {},
      editorToken,
    )
    const error = reply.body.errors?.[0]
    expect(error?.extensions?.statusCode).toBe(400)
    expect(JSON.stringify(error)).toContain('website')
  })
})
