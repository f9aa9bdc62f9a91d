import { Readable } from 'node:stream'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'
import { testsRunOnMongo } from './helpers/database'
import { needsRealMongo } from './helpers/lanes'
import { makeJpeg, multipart } from './helpers/images'
import { call, inviteStaff, registerFirstAdmin } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'

// Every malformed input an outsider tried answered 500 "Something went wrong". Each gets a 4xx naming the problem,
// and the server keeps serving.
const password = 'a long and careful passphrase'
let server: RunningServer
let editor: string
let translator: string
const wrongId = testsRunOnMongo() ? '123' : 'abc'

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', UPLOAD_MAX_MB: '2' })
  const admin = await registerFirstAdmin(server.url, password)
  editor = await inviteStaff(server.url, admin, 'editor', password, { role: 'editor' })
  translator = await inviteStaff(server.url, admin, 'translator', password, { role: 'translator', translatorLocales: ['ar'] })
})

afterAll(async () => {
  await server?.stop()
})

type Reply = { status: number; body: { errors?: Array<{ message: string }> } }
const messageOf = (reply: Reply) => reply.body.errors?.[0]?.message ?? ''

describe('query strings', () => {
  it.each([
    ['a non-finite number for a date', '/api/articles?where[publishedAt][greater_than]=Infinity', /publishedAt.*not a date/],
    ['a date that is not one', '/api/articles?where[publishedAt][equals]=notadate', /not a date/],
    ['a path inside rich text', '/api/articles?where[body.root.children][equals]=x', /inside rich text/],
    ['a geographic operator on text', '/api/articles?where[title][near]=1,2', /not a location/],
    ['a geographic operator on a relationship', '/api/articles?where[section][near]=1,2', /not a location/],
    ['an id of the wrong shape in a relationship filter', `/api/articles?where[section][equals]=${wrongId}`, /not one/],
    ['an id of the wrong shape in a list', `/api/articles?where[id][in]=1,${wrongId}`, /not one/],
    ['an upload id of the wrong shape', `/api/articles?where[hero.image][equals]=${wrongId}`, /not one/],
    ['exists with something else than true or false', '/api/articles?where[publishedAt][exists]=maybe', /true or false/],
    ['an unknown operator', '/api/articles?where[title][foo]=x', /cannot be queried/],
    ['a number that is not one', '/api/sections?where[order][greater_than]=abc', /not a finite number/],
  ])('answers 400 to %s', async (_what, path, message) => {
    for (const token of [undefined, editor]) {
      const reply = (await call(`${server.url}${path}`, { token })) as Reply
      expect(reply.status).toBe(400)
      expect(messageOf(reply)).toMatch(message)
    }
  })

  it('answers 400 to a document id of the wrong shape, and 404 to one that does not exist', async () => {
    const wrong = (await call(`${server.url}/api/articles/${wrongId}`, { token: editor })) as Reply
    expect(wrong.status).toBe(400)
    expect(messageOf(wrong)).toContain('is not a document id')
    const missing = await call(`${server.url}/api/articles/${testsRunOnMongo() ? 'aaaaaaaaaaaaaaaaaaaaaaaa' : '987654'}`, { token: editor })
    expect(missing.status).toBe(404)
  })

  it('refuses to sort anonymous readers’ lists by staff data reached through a relationship', async () => {
    for (const sort of ['authors.hash', 'authors.email', '-authors.salt', 'authors.resetPasswordToken']) {
      const reply = (await call(`${server.url}/api/articles?sort=${sort}`)) as Reply
      expect(reply.status).toBe(400)
      expect(messageOf(reply)).toContain('may not sort')
    }
    // Staff read their colleagues' e-mail addresses, but never a password hash.
    expect((await call(`${server.url}/api/articles?sort=authors.hash`, { token: editor })).status).toBe(400)
  })

  needsRealMongo('sorting through a relationship uses $lookup')('keeps sorting through relationships open for what the caller can read', async () => {
    expect((await call(`${server.url}/api/articles?sort=authors.email`, { token: editor })).status).toBe(200)
    expect((await call(`${server.url}/api/articles?sort=-section.name`)).status).toBe(200)
  })
})

describe('bodies', () => {
  it('answers 400 to a JSON endpoint sent something that is not JSON', async () => {
    const reply = (await call(`${server.url}/api/articles/1/transition`, { method: 'POST', token: editor, headers: { 'Content-Type': 'application/json' }, body: '{"action": ' })) as Reply
    expect(reply.status).toBe(400)
    expect(messageOf(reply)).toContain('not valid JSON')
    const list = (await call(`${server.url}/api/articles/1/transition`, { method: 'POST', token: editor, json: ['submit'] })) as Reply
    expect(list.status).toBe(400)
  })

  it('answers 400 to a relationship pointing at a document that does not exist, naming it, and stores nothing', async () => {
    const missing = testsRunOnMongo() ? 'aaaaaaaaaaaaaaaaaaaaaaaa' : '987654'
    const reply = (await call(`${server.url}/api/articles`, {
      method: 'POST',
      token: editor,
      json: { title: 'Sans rubrique', standfirst: 'Chapô', section: testsRunOnMongo() ? missing : Number(missing) },
    })) as Reply & { body: { errors?: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }> } }
    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.data?.errors?.[0]).toMatchObject({ path: 'section', message: expect.stringContaining(missing) })
    const stored = await call<{ totalDocs: number }>(`${server.url}/api/articles?where[title][equals]=Sans rubrique&draft=true`, { token: editor })
    expect(stored.body.totalDocs).toBe(0)
  })

  it('answers 400 to a malformed _payload in a multipart upload', async () => {
    const form = multipart({ name: 'photo.jpg', type: 'image/jpeg', data: await makeJpeg(64, 64) }, {})
    form.set('_payload', '{not json')
    const response = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${editor}` }, body: form })
    expect(response.status).toBe(400)
  })

  it('refuses an image of too many pixels, however small the file, before decoding it', async () => {
    const huge = await sharp({ create: { width: 12_000, height: 12_000, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 9 }).toBuffer()
    expect(huge.length).toBeLessThan(2 * 1024 * 1024)
    const started = Date.now()
    const form = multipart({ name: 'huge.png', type: 'image/png', data: huge }, { alt: 'Trop grande' })
    const response = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${editor}` }, body: form })
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toContain('12000 × 12000')
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('limits a chunked body by the bytes that come, not by a declared length', async () => {
    const port = Number(new URL(server.url).port)
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request({ host: 'localhost', port, method: 'POST', path: '/api/articles', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editor}`, 'Transfer-Encoding': 'chunked' } }, (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      })
      outgoing.on('error', reject)
      const chunk = Buffer.alloc(256 * 1024, 0x20)
      Readable.from((function* () {
        yield Buffer.from('{"title": "')
        for (let index = 0; index < 12; index++) yield chunk
        yield Buffer.from('"}')
      })()).pipe(outgoing)
    })
    expect(status).toBe(413)
  })
})

describe('GraphQL', () => {
  const post = (body: string) => call(`${server.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }) as Promise<Reply>

  it.each([
    ['a body that is not JSON', 'not json', /not valid JSON/],
    ['a JSON body without a query', '{"variables": {}}', /"query" string/],
    ['variables that are not an object', '{"query": "{ Articles { docs { id } } }", "variables": [1]}', /"variables"/],
    ['a syntax error', '{"query": "{ Articles { docs { id }"}', /Syntax Error/],
    ['a fragment cycle', JSON.stringify({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }), /Cannot spread fragment/],
  ])('answers 400 to %s', async (_what, body, message) => {
    const reply = await post(body)
    expect(reply.status).toBe(400)
    expect(messageOf(reply)).toMatch(message)
  })

  it('still answers well-formed queries', async () => {
    const reply = await call<{ data: { Articles: { docs: unknown[] } } }>(`${server.url}/api/graphql`, { method: 'POST', json: { query: '{ Articles { docs { title } } }' } })
    expect(reply.status).toBe(200)
    expect(reply.body.data.Articles.docs.length).toBeGreaterThan(0)
  })
})

describe('XML', () => {
  it('refuses XML nested far deeper than any XLIFF, with 400', async () => {
    const deep = `<xliff version="2.0">${'<g>'.repeat(5000)}${'</g>'.repeat(5000)}</xliff>`
    const reply = (await call(`${server.url}/api/xliff`, { method: 'POST', token: translator, headers: { 'Content-Type': 'application/xliff+xml' }, body: deep })) as Reply
    expect(reply.status).toBe(400)
    expect(messageOf(reply)).toContain('levels deep')
  })
})

describe('after all of it', () => {
  it('is still healthy and ready', async () => {
    expect((await call(`${server.url}/healthz`)).status).toBe(200)
    expect((await call(`${server.url}/readyz`)).status).toBe(200)
    expect(server.output()).not.toMatch(/statusCode":500/)
  })
})
