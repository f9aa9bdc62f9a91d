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

describe('a translation keeps the source’s structure', () => {
  type Body = { root: { children: Array<{ type: string; fields?: { blockType?: string } }> } }
  const blocksOf = (body: Body | undefined) => (body?.root.children ?? []).filter((node) => node.type === 'block').map((node) => node.fields?.blockType)
  const read = (locale: string) =>
    call<{ body?: Body; translation?: { status?: string } }>(`${server.url}/api/articles/${articleId}?locale=${locale}&fallback-locale=none&draft=true&depth=0`, { token: editor })
  const markDone = (locale: string, token: string, language = 'en') =>
    call<{ errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> }>(`${server.url}/api/articles/${articleId}?locale=${locale}&draft=true`, {
      method: 'PATCH',
      token,
      headers: { Cookie: `payload-lng=${language}` },
      json: { translation: { status: 'done' } },
    })

  const setBody = async (locale: string, body: unknown) => {
    const reply = await call(`${server.url}/api/articles/${articleId}?locale=${locale}&draft=true`, { method: 'PATCH', token: editor, json: { body, translation: { status: 'in-progress' } } })
    expect(reply.status).toBe(200)
  }
  const paragraphOnly = {
    root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [
      { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'Only words, no blocks.', detail: 0, format: 0, mode: 'normal', style: '' }] },
    ] },
  }

  it('refuses "done" while the body lacks the source’s blocks, naming the rule in the person’s language', async () => {
    await setBody('en', paragraphOnly)
    const refused = await markDone('en', editor, 'fr')
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0]?.data?.errors?.[0]?.path).toBe('translation.status')
    expect(refused.body.errors[0]?.data?.errors?.[0]?.message).toContain('blocs de la source')
    expect((await read('en')).body.translation?.status).not.toBe('done')
  })

  it('starts an empty translation from the source’s structure, for a translator of that locale only, and never over begun work', async () => {
    const source = blocksOf((await read('fr')).body.body)
    expect(source.length).toBeGreaterThan(0)
    await setBody('en', null)
    const start = (locale: string, token?: string) =>
      call(`${server.url}/api/articles/${articleId}/translation-start`, { method: 'POST', token, json: { locale } })
    expect((await start('en')).status).toBe(401)
    expect((await start('fr', editor)).status).toBe(400)
    expect((await start('xx', editor)).status).toBe(400)
    // The translator works in Tamazight only.
    expect((await start('en', translator)).status).toBe(403)
    expect((await start('en', editor)).status).toBe(200)
    expect(blocksOf((await read('en')).body.body)).toEqual(source)
    expect((await start('en', editor)).status).toBe(409)
    // The Tamazight body came in by XLIFF earlier: begun work is never replaced.
    expect((await start('zgh', translator)).status).toBe(409)
    // Started from the source, its words are still French: not done until they are replaced.
    const untranslated = await markDone('en', editor)
    expect(untranslated.status).toBe(400)
    expect(untranslated.body.errors[0]?.data?.errors?.[0]?.message).toContain("still the source's words")
    const started = (await read('en')).body.body
    let passage = 0
    const translate = (node: Record<string, unknown>): void => {
      if (typeof node.text === 'string') node.text = `English passage number ${++passage} of the article.`
      for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) translate(child)
    }
    translate((started as unknown as { root: Record<string, unknown> }).root)
    await setBody('en', started)
    const done = await markDone('en', editor)
    expect(done.body.errors?.[0]?.data?.errors ?? []).toEqual([])
    expect(done.status).toBe(200)
    expect((await read('en')).body.translation?.status).toBe('done')
  })
})
