import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { article } from '../src/seed/content'
import { call, inviteStaff, registerFirstAdmin } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'
import { translateXliff } from './helpers/xliff'

const password = 'a long and careful passphrase'
let server: RunningServer
let translator: string
let editor: string
let articleId: number | string

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-translations-media-')) })
  const admin = await registerFirstAdmin(server.url, password)
  translator = await inviteStaff(server.url, admin, 'translator', password, { name: 'Tarik Translator', role: 'translator', translatorLocales: ['zgh'] })
  editor = await inviteStaff(server.url, admin, 'editor', password, { role: 'editor' })
  const found = await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/articles?where[slug][equals]=${article.slug.fr}`)
  articleId = found.body.docs[0]?.id as number | string
})

afterAll(async () => {
  await server?.stop()
})

describe('XLIFF over HTTP', () => {
  const exportURL = (target: string) => `${server.url}/api/articles/${articleId}/xliff?target=${target}`

  it('downloads a document as an XLIFF 2.0 attachment, for staff only', async () => {
    const response = await fetch(exportURL('zgh'), { headers: { Authorization: `JWT ${translator}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/xliff+xml; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain(`articles-${articleId}-fr-zgh.xlf`)
    expect(await response.text()).toContain('trgLang="zgh"')
    expect((await fetch(exportURL('zgh'))).status).toBe(401)
    expect((await fetch(exportURL('en'), { headers: { Authorization: `JWT ${translator}` } })).status).toBe(403)
    expect((await fetch(exportURL('xx'), { headers: { Authorization: `JWT ${translator}` } })).status).toBe(400)
  })

  it('exports a selection in one file', async () => {
    const events = await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/launch-events?limit=1`)
    const url = `${server.url}/api/xliff?target=zgh&documents=articles:${articleId},launch-events:${events.body.docs[0]?.id}`
    const xml = await (await fetch(url, { headers: { Authorization: `JWT ${translator}` } })).text()
    expect(xml.match(/<file /g)).toHaveLength(2)
    expect((await fetch(`${server.url}/api/xliff?target=zgh&documents=users:1`, { headers: { Authorization: `JWT ${translator}` } })).status).toBe(400)
  })

  it('imports the translated file, all of it, as a translation in review', async () => {
    const xml = await (await fetch(exportURL('zgh'), { headers: { Authorization: `JWT ${translator}` } })).text()
    const translated = translateXliff(xml, (text) => `ⵜ ${text}`)
    const reply = await call<{ locale: string; documents: Array<{ id: number | string }> }>(`${server.url}/api/xliff`, {
      method: 'POST',
      token: translator,
      headers: { 'Content-Type': 'application/xliff+xml' },
      body: translated,
    })
    expect(reply.status).toBe(200)
    expect(reply.body.locale).toBe('zgh')
    const draft = await call<{ title: string; translation: { status: string } }>(`${server.url}/api/articles/${articleId}?locale=zgh&draft=true&depth=0`, { token: translator })
    expect(draft.body.title).toBe(`ⵜ ${article.title.fr}`)
    expect(draft.body.translation.status).toBe('in-review')
    // Not done, not published: readers of Tamazight still get French.
    const anonymous = await call<{ title: string }>(`${server.url}/api/articles/${articleId}?locale=zgh`)
    expect(anonymous.body.title).toBe(article.title.fr)
  })

  it('refuses a malformed file with 400 and says why', async () => {
    const reply = await call<{ errors: Array<{ message: string }> }>(`${server.url}/api/xliff`, {
      method: 'POST',
      token: translator,
      headers: { 'Content-Type': 'application/xliff+xml' },
      body: '<xliff version="2.0"><file>',
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0]?.message).toMatch(/not well-formed/)
  })
})

describe('writes in every locale at once over HTTP (PATCH ?locale=all)', () => {
  type Doc = { id: number | string; title: Record<string, string>; slug: Record<string, string>; section: unknown }

  it('writes each locale and the shared fields, and answers with every locale', async () => {
    const section = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/sections?limit=1`)).body.docs[0]?.id
    const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles?locale=fr`, { method: 'POST', token: editor, json: { title: 'Partout', standfirst: 'Chapô', section } })
    expect(created.status).toBe(201)
    const reply = await call<{ doc: Doc }>(`${server.url}/api/articles/${created.body.doc.id}?locale=all&draft=true`, {
      method: 'PATCH',
      token: editor,
      json: { title: { fr: 'Partout, revu', ar: 'في كل مكان', zgh: 'ⴳ ⴽⵓ ⵎⴽⴰⵏ' }, standfirst: { ar: 'مقدمة', zgh: 'ⵜⴰⵣⵡⴰⵔⵜ' }, type: 'statement' },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.doc.title).toMatchObject({ fr: 'Partout, revu', ar: 'في كل مكان', zgh: 'ⴳ ⴽⵓ ⵎⴽⴰⵏ' })
    expect(reply.body.doc.slug).toMatchObject({ fr: 'partout', ar: 'في-كل-مكان' })
    const arabic = await call<{ title: string; type: string }>(`${server.url}/api/articles/${created.body.doc.id}?locale=ar&draft=true&depth=0`, { token: editor })
    expect(arabic.body).toMatchObject({ title: 'في كل مكان', type: 'statement' })
  })

  it('refuses a translated field given as one value, naming it', async () => {
    const reply = await call<{ errors: Array<{ message: string }> }>(`${server.url}/api/articles/${articleId}?locale=all&draft=true`, { method: 'PATCH', token: editor, json: { title: 'Une seule langue' } })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0]?.message).toContain('"title" takes one value per language')
  })

  it('holds translators to their locales, each one checked', async () => {
    const own = await call(`${server.url}/api/articles/${articleId}?locale=all&draft=true`, { method: 'PATCH', token: translator, json: { title: { zgh: 'ⴰⵣⵡⵍ' } } })
    expect(own.status).toBe(200)
    const other = await call(`${server.url}/api/articles/${articleId}?locale=all&draft=true`, { method: 'PATCH', token: translator, json: { title: { zgh: 'ⴰⵣⵡⵍ', ar: 'عنوان' } } })
    expect(other.status).toBe(403)
    const arabic = await call<{ title: string }>(`${server.url}/api/articles/${articleId}?locale=ar&draft=true&depth=0`, { token: editor })
    expect(arabic.body.title).not.toBe('عنوان')
  })
})
