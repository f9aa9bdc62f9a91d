import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { article, event, officials } from '../src/seed/content'
import { testsRunOnMongo } from './helpers/database'
import { call, graphql, inviteStaff, registerFirstAdmin, translateIntoArabic } from './helpers/rest'
import { type RunningServer, startServer, testFrontend } from './helpers/server'
import { arabicWordsIn } from './helpers/workflow'

/** An id as the GraphQL schema types it on this database. */
const graphqlId = (id: number | string) => (testsRunOnMongo() ? String(id) : Number(id))

const password = 'a long and careful passphrase'
let server: RunningServer
let admin: string
let editor: string
let editor2: string
let sectionId: number | string

const slugQuery = (slug: string) => `where[slug][equals]=${encodeURIComponent(slug)}`

beforeAll(async () => {
  server = await startServer({
    SEED_ON_START: 'true',
    MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-delivery-media-')),
    LOGIN_RATE_LIMIT: '6',
    CORS_ORIGINS: 'https://front.moroccotech.test',
  })
  admin = await registerFirstAdmin(server.url, password)
  editor = await inviteStaff(server.url, admin, 'editor', password, { role: 'editor' })
  editor2 = await inviteStaff(server.url, admin, 'editor2', password, { role: 'editor' })
  sectionId = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/sections`)).body.docs[0]?.id as number | string
})

afterAll(async () => {
  await server?.stop()
})

/** A new article by the editor, its Arabic done (and whatever `before` adds), submitted, approved and published. */
async function newArticle(title: string, before: (id: number | string) => Promise<unknown> = async () => undefined) {
  const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles`, {
    method: 'POST',
    token: editor,
    json: { title, standfirst: 'Chapô.', section: sectionId },
  })
  const id = created.body.doc.id
  await translateIntoArabic(server.url, editor, id)
  await before(id)
  for (const [action, token] of [['submit', editor], ['approve', editor2], ['publish', editor2]] as const) {
    const fired = await call(`${server.url}/api/articles/${id}/transition`, { method: 'POST', token, json: { action } })
    expect(fired.status).toBe(200)
  }
  return id
}

describe('locale', () => {
  it('follows Accept-Language when no ?locale= is given, and says so in Content-Language', async () => {
    const reply = await call<{ docs: Array<{ title: string }> }>(`${server.url}/api/articles?${slugQuery(article.slug.ar)}`, {
      headers: { 'Accept-Language': 'ar-MA,ar;q=0.9,fr;q=0.5' },
    })
    expect(reply.body.docs[0]?.title).toBe(article.title.ar)
    expect(reply.headers.get('content-language')).toBe('ar')
    expect(reply.headers.get('vary')).toMatch(/Accept-Language/i)
  })

  it('prefers ?locale= over Accept-Language', async () => {
    const reply = await call<{ docs: Array<{ title: string }> }>(`${server.url}/api/articles?${slugQuery(article.slug.en)}&locale=en`, {
      headers: { 'Accept-Language': 'ar' },
    })
    expect(reply.body.docs[0]?.title).toBe(article.title.en)
    expect(reply.headers.get('content-language')).toBe('en')
  })
})

describe('caching', () => {
  const listURL = () => `${server.url}/api/articles?limit=5&locale=fr&where[section][equals]=${sectionId}`

  it('marks anonymous answers cacheable with a strong ETag, serves repeats from memory and answers 304', async () => {
    const first = await call(listURL())
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300')
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"[\w-]+"$/)
    const second = await call(listURL())
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.headers.get('etag')).toBe(etag)
    expect(second.body).toEqual(first.body)
    const revalidated = await fetch(listURL(), { headers: { 'If-None-Match': etag } })
    expect(revalidated.status).toBe(304)
  })

  it('never caches nor serves from cache a request with credentials', async () => {
    await call(listURL())
    const signedIn = await call(listURL(), { token: editor })
    expect(signedIn.headers.get('x-cache')).toBeNull()
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
  })

  it('shows a newly published article on the next anonymous read', async () => {
    const before = await call<{ totalDocs: number }>(listURL())
    await call(listURL())
    await newArticle('Nouvelle du jour')
    const after = await call<{ totalDocs: number }>(listURL())
    expect(after.headers.get('x-cache')).toBe('miss')
    expect(after.body.totalDocs).toBe(before.body.totalDocs + 1)
  })

  it('keeps serving from memory while editors write and autosave drafts nobody can read yet', async () => {
    const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles?draft=true`, { method: 'POST', token: editor, json: { title: 'Brouillon en cours', section: sectionId } })
    await call(listURL())
    expect((await call(listURL())).headers.get('x-cache')).toBe('hit')
    for (const words of ['Premier jet.', 'Deuxième jet.', 'Troisième jet.']) {
      const saved = await call(`${server.url}/api/articles/${created.body.doc.id}?draft=true&autosave=true`, { method: 'PATCH', token: editor, json: { standfirst: words } })
      expect(saved.status).toBe(200)
      expect((await call(listURL())).headers.get('x-cache')).toBe('hit')
    }
  })

  it('shows a changed quote on the next anonymous read of the article that embeds it', async () => {
    const url = `${server.url}/api/articles?${slugQuery(article.slug.fr)}&locale=fr&depth=2`
    const before = await call<{ docs: Array<Record<string, unknown>> }>(url)
    await call(url)
    const quotes = await call<{ docs: Array<{ id: number | string; text: string }> }>(`${server.url}/api/quotes?locale=fr&limit=10`)
    const quote = quotes.body.docs.find((doc) => JSON.stringify(before.body).includes(doc.text)) as { id: number | string }
    await call(`${server.url}/api/quotes/${quote.id}?locale=fr`, { method: 'PATCH', token: editor, json: { text: 'Propos corrigés par le cabinet.' } })
    const after = await call(url)
    expect(JSON.stringify(after.body)).toContain('Propos corrigés par le cabinet.')
  })
})

describe('caching GraphQL queries', () => {
  const query = `query Section($section: JSON) { Articles(limit: 5, locale: fr, where: { section: { equals: $section } }) { totalDocs docs { title } } }`

  it('answers a repeated anonymous query from memory, the same bytes, keyed by its variables', async () => {
    const first = await graphql<{ Articles: { totalDocs: number } }>(server.url, query, { section: sectionId })
    expect(first.status).toBe(200)
    expect(first.body.data?.Articles.totalDocs).toBeGreaterThan(0)
    const second = await graphql(server.url, query, { section: sectionId })
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.body).toEqual(first.body)
    // A section id of the right shape for the database that no section has.
    const other = await graphql<{ Articles: { totalDocs: number } }>(server.url, query, { section: testsRunOnMongo() ? 'aaaaaaaaaaaaaaaaaaaaaaaa' : -1 })
    expect(other.headers.get('x-cache')).toBe('miss')
    expect(other.body.data?.Articles.totalDocs).toBe(0)
  })

  it('never caches a signed-in query, a mutation or an answer with errors', async () => {
    await graphql(server.url, query, { section: sectionId })
    const signedIn = await graphql(server.url, query, { section: sectionId }, editor)
    expect(signedIn.headers.get('x-cache')).toBeNull()
    const mutation = 'mutation { createSection(data: { name: "Intrus", slug: "intrus" }) { id } }'
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await graphql(server.url, mutation)
      expect(refused.headers.get('x-cache')).toBeNull()
      expect(refused.body.errors?.length).toBeGreaterThan(0)
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      const wrong = await graphql(server.url, '{ Articles { docs { noSuchField } } }')
      expect(wrong.headers.get('x-cache')).not.toBe('hit')
      expect(wrong.body.errors?.length).toBeGreaterThan(0)
    }
  })

  it('shows a published change on the next anonymous query', async () => {
    const before = await graphql<{ Articles: { totalDocs: number } }>(server.url, query, { section: sectionId })
    await newArticle('Annonce pour GraphQL')
    const after = await graphql<{ Articles: { totalDocs: number } }>(server.url, query, { section: sectionId })
    expect(after.headers.get('x-cache')).toBe('miss')
    expect(after.body.data?.Articles.totalDocs).toBe((before.body.data?.Articles.totalDocs ?? 0) + 1)
  })
})

describe('limits for anonymous readers', () => {
  it('sends lean article lists, with what a card needs, and the whole article by slug', async () => {
    const list = await call<{ docs: Array<Record<string, unknown>> }>(`${server.url}/api/articles?locale=fr&limit=3&depth=1`)
    const card = list.body.docs[0] as Record<string, unknown>
    expect(Object.keys(card)).toEqual(expect.arrayContaining(['title', 'slug', 'standfirst', 'section', 'publishedAt', 'hero']))
    expect(card.body).toBeUndefined()
    expect(card.pressCoverage).toBeUndefined()
    const one = await call<{ docs: Array<Record<string, unknown>> }>(`${server.url}/api/articles?${slugQuery(article.slug.fr)}&locale=fr`)
    expect(one.body.docs[0]?.body).toBeDefined()
  })

  it('caps the page size over GraphQL too', async () => {
    const big = await graphql<{ Articles: { limit: number } }>(server.url, '{ Articles(limit: 5000) { limit docs { title } } }')
    expect(big.body.data?.Articles.limit).toBe(50)
    const unpaginated = await graphql<{ Articles: { limit: number } }>(server.url, '{ Articles(pagination: false) { limit docs { title } } }')
    expect(unpaginated.body.data?.Articles.limit).toBe(50)
    const staff = await graphql<{ Articles: { limit: number } }>(server.url, '{ Articles(limit: 500) { limit } }', {}, editor)
    expect(staff.body.data?.Articles.limit).toBe(500)
  })

  it('caps the page size and ignores pagination=false', async () => {
    const reply = await call<{ limit: number }>(`${server.url}/api/organisations?limit=1000&pagination=false`)
    expect(reply.body.limit).toBe(50)
  })

  it('refuses a request body over the limit with 413', async () => {
    const reply = await call(`${server.url}/api/articles`, {
      method: 'POST',
      token: editor,
      json: { title: 'x'.repeat(3 * 1024 * 1024), standfirst: 'x', section: sectionId },
    })
    expect(reply.status).toBe(413)
  })

  it('limits sign-in attempts, answering 429 with Retry-After', async () => {
    let limited: Response | undefined
    for (let attempt = 0; attempt < 10 && !limited; attempt++) {
      const response = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@newsroom.test', password: 'wrong password' }),
      })
      if (response.status === 429) limited = response
    }
    expect(limited?.status).toBe(429)
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('the edge', () => {
  it('sends security headers and a request id, echoing a sane one', async () => {
    const reply = await fetch(`${server.url}/api/sections`, { headers: { 'X-Request-Id': 'front-1234' } })
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff')
    expect(reply.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(reply.headers.get('x-request-id')).toBe('front-1234')
    const generated = await fetch(`${server.url}/api/sections`, { headers: { 'X-Request-Id': 'bad id with spaces' } })
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('allows the configured front-end origin only', async () => {
    const allowed = await fetch(`${server.url}/api/articles`, { method: 'OPTIONS', headers: { Origin: 'https://front.moroccotech.test', 'Access-Control-Request-Method': 'GET' } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://front.moroccotech.test')
    const other = await fetch(`${server.url}/api/articles`, { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.test', 'Access-Control-Request-Method': 'GET' } })
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.test')
  })

  it('compresses answers for clients that accept it', async () => {
    const response = await fetch(`${server.url}/api/articles?depth=2&locale=ar`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
  })
})

describe('search', () => {
  type Results = { results: Array<{ collection: string; title: string; slug?: string }> }
  const search = (q: string, locale: string) =>
    call<Results>(`${server.url}/api/search?q=${encodeURIComponent(q)}&locale=${locale}`)

  it.each([
    ['plain', 'علامته الرقمية'],
    ['with diacritics', 'عَلَامَتَهُ الرَّقْمِيَّة'],
    ['with taa marbuta typed as haa', 'علامته الرقميه'],
    ['with a bare alef for a hamza', 'المغرب يطلق'],
  ])('finds the Arabic article typed %s', async (_how, query) => {
    const reply = await search(query, 'ar')
    expect(reply.status).toBe(200)
    expect(reply.body.results[0]).toMatchObject({ collection: 'articles', title: article.title.ar })
  })

  it('matches alef variants both ways', async () => {
    const withHamza = await search('إطلاق', 'ar')
    const without = await search('اطلاق', 'ar')
    expect(withHamza.body.results.length).toBeGreaterThan(0)
    expect(without.body.results.map((hit) => hit.title)).toEqual(withHamza.body.results.map((hit) => hit.title))
  })

  it('finds Tifinagh text as typed', async () => {
    const { docs } = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/articles?where[slug][equals]=${encodeURIComponent(article.slug.fr)}&locale=fr`)).body
    // A translation keeps the source's blocks: the body is the source's, in other words.
    const sourceBody = await call<{ body: unknown }>(`${server.url}/api/articles/${docs[0]?.id}?locale=fr&depth=0&draft=true`, { token: editor })
    expect(Object.keys(sourceBody.body)).toContain('body')
    const edit = await call(`${server.url}/api/articles/${docs[0]?.id}?locale=zgh`, {
      method: 'PATCH',
      token: editor,
      json: { title: 'ⵍⵎⵖⵔⵉⴱ ⵉⵙⵙⵏⵓⵍⴼⵓ MoroccoTech', standfirst: 'ⵜⴰⵏⵎⵍⵜ ⵜⴰⵏⵓⵎⵉⵏⵜ', body: arabicWordsIn(sourceBody.body.body), _status: 'published', changeKind: 'minor' },
    })
    expect(edit.status).toBe(200)
    const stored = await call<{ body?: { root: { children: Array<{ type: string }> } } }>(`${server.url}/api/articles/${docs[0]?.id}?locale=zgh&fallback-locale=none&depth=0&draft=true`, { token: editor })
    expect(stored.body.body?.root.children.map((node) => node.type)).toEqual((sourceBody.body.body as { root: { children: Array<{ type: string }> } }).root.children.map((node) => node.type))
    // Not searchable in Tamazight while that translation is not live; it goes live once done and published.
    expect((await search('ⵉⵙⵙⵏⵓⵍⴼⵓ', 'zgh')).body.results).toEqual([])
    const done = await call(`${server.url}/api/articles/${docs[0]?.id}?locale=zgh`, {
      method: 'PATCH',
      token: editor,
      json: { translation: { status: 'done' }, _status: 'published', changeKind: 'minor' },
    })
    expect(done.status).toBe(200)
    const reply = await search('ⵉⵙⵙⵏⵓⵍⴼⵓ', 'zgh')
    expect(reply.body.results[0]?.title).toBe('ⵍⵎⵖⵔⵉⴱ ⵉⵙⵙⵏⵓⵍⴼⵓ MoroccoTech')
  })

  it('never returns a draft', async () => {
    await call(`${server.url}/api/articles`, {
      method: 'POST',
      token: editor,
      json: { title: 'Zarbalouf confidentiel', standfirst: 'Zarbalouf.', section: sectionId },
    })
    const reply = await search('zarbalouf', 'fr')
    expect(reply.body.results).toEqual([])
  })

  it('refuses an empty query or an unknown locale', async () => {
    expect((await search('', 'fr')).status).toBe(400)
    expect((await search('maroc', 'de')).status).toBe(400)
  })
})

describe('locale metadata', () => {
  it('tells a front end the locales, the hreflang map and which fields fell back to French', async () => {
    const { docs } = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/articles?where[slug][equals]=${encodeURIComponent(article.slug.fr)}&locale=fr`)).body
    const reply = await call<{ available: string[]; hreflang: Record<string, string>; fallbackFields: string[] }>(
      `${server.url}/api/articles/${docs[0]?.id}/locales?locale=en`,
    )
    expect(reply.body.available).toEqual(expect.arrayContaining(['fr', 'ar', 'en']))
    expect(reply.body.hreflang.ar).toBe(`${testFrontend}/ar/articles/${encodeURIComponent(article.slug.ar)}`)
    expect(reply.body.fallbackFields).toEqual([])
    // The search tests gave the article a Tamazight title, standfirst and body, not its tags or caption.
    const tamazight = await call<{ fallbackFields: string[] }>(`${server.url}/api/articles/${docs[0]?.id}/locales?locale=zgh`)
    expect(tamazight.body.fallbackFields).toEqual(['tags', 'hero.caption'])
  })

  it('serves a locale not yet live in French, says so, and answers 404 when asked for no fallback', async () => {
    // English was begun but is not done when the article is published.
    const id = await newArticle('Le numérique dans les régions', (draft) =>
      call(`${server.url}/api/articles/${draft}?locale=en&draft=true`, { method: 'PATCH', token: editor, json: { title: 'UNREVIEWED ENGLISH', translation: { status: 'in-progress' } } }),
    )
    const english = await call<{ title: string; localeServed: Record<string, unknown>; liveLocales: string[] }>(`${server.url}/api/articles/${id}?locale=en`)
    expect(english.body.title).toBe('Le numérique dans les régions')
    expect(english.body.localeServed).toEqual({ requested: 'en', served: 'fr', fallback: true })
    expect(english.body.liveLocales).toEqual(['fr', 'ar'])
    expect(JSON.stringify(english.body)).not.toContain('UNREVIEWED')
    expect((await call(`${server.url}/api/articles/${id}?locale=en&fallback-locale=none`)).status).toBe(404)
    const noFallbackList = await call<{ docs: unknown[] }>(`${server.url}/api/articles?locale=en&fallback-locale=none&where[id][equals]=${id}`)
    expect(noFallbackList.body.docs).toEqual([])
    const arabic = await call<{ localeServed: Record<string, unknown> }>(`${server.url}/api/articles/${id}?locale=ar&fallback-locale=none`)
    expect(arabic.body.localeServed).toEqual({ requested: 'ar', served: 'ar', fallback: false })

    // The schema's id type: Int on SQLite, String on MongoDB.
    const query = `query One($id: ${testsRunOnMongo() ? 'String' : 'Int'}!, $fallback: FallbackLocaleInputType) { Article(id: $id, locale: en, fallbackLocale: $fallback) { title localeServed } }`
    const viaGraphql = await graphql<{ Article: { title: string; localeServed: Record<string, unknown> } }>(server.url, query, { id: graphqlId(id) })
    expect(viaGraphql.body.data?.Article).toEqual({ title: 'Le numérique dans les régions', localeServed: { requested: 'en', served: 'fr', fallback: true } })
    const noFallback = await graphql<{ Article: unknown }>(server.url, query, { id: graphqlId(id), fallback: 'none' })
    expect(noFallback.body.data?.Article ?? null).toBeNull()
    expect(JSON.stringify(noFallback.body)).not.toContain('UNREVIEWED')

    const meta = await call<{ served: string; available: string[]; hreflang: Record<string, string>; fallbackFields: string[] }>(`${server.url}/api/articles/${id}/locales?locale=en`)
    expect(meta.body).toMatchObject({ served: 'fr', available: ['fr', 'ar'] })
    expect(Object.keys(meta.body.hreflang)).toEqual(['fr', 'ar'])
    expect(meta.body.fallbackFields).toEqual(expect.arrayContaining(['title', 'standfirst']))
  })
})

describe('the contract', () => {
  it('serves the OpenAPI document at /api/openapi.json', async () => {
    const reply = await call<{ openapi: string; paths: Record<string, unknown> }>(`${server.url}/api/openapi.json`)
    expect(reply.body.openapi).toBe('3.1.0')
    expect(reply.body.paths['/api/articles']).toBeDefined()
  })
})

describe('feeds, sitemaps and structured data', () => {
  it.each(['rss', 'atom'])('serves a %s feed per locale that a feed parser reads, published articles only', async (kind) => {
    const response = await fetch(`${server.url}/api/feeds/ar/${kind}`)
    expect(response.headers.get('content-type')).toContain(kind === 'rss' ? 'application/rss+xml' : 'application/atom+xml')
    const feed = await new Parser().parseString(await response.text())
    expect(feed.items.map((item) => item.title)).toContain(article.title.ar)
    expect(JSON.stringify(feed)).not.toContain('Zarbalouf')
    expect(feed.items.every((item) => item.link?.includes('/ar/articles/'))).toBe(true)
  })

  it('serves a feed per section, and 404 for an unknown one', async () => {
    const feed = await new Parser().parseString(await (await fetch(`${server.url}/api/feeds/fr/actu-maroc/rss`)).text())
    expect(feed.title).toContain('Actu Maroc')
    expect(feed.items.length).toBeGreaterThan(0)
    expect((await fetch(`${server.url}/api/feeds/fr/nowhere/rss`)).status).toBe(404)
  })

  it('serves a sitemap index and one well-formed sitemap per locale with hreflang alternates', async () => {
    const index = await (await fetch(`${server.url}/api/sitemap.xml`)).text()
    expect(XMLValidator.validate(index)).toBe(true)
    const locations = (new XMLParser().parse(index) as { sitemapindex: { sitemap: Array<{ loc: string }> } }).sitemapindex.sitemap.map((entry) => entry.loc)
    expect(locations.map((loc) => loc.split('/').pop())).toEqual(['fr.xml', 'ar.xml', 'en.xml', 'zgh.xml'])
    const arabic = await (await fetch(`${server.url}/api/sitemaps/ar.xml`)).text()
    expect(XMLValidator.validate(arabic)).toBe(true)
    expect(arabic).toContain(`/ar/articles/${encodeURIComponent(article.slug.ar)}`)
    expect(arabic).toContain(`hreflang="fr" href="${testFrontend}/fr/articles/${article.slug.fr}"`)
    expect(arabic).not.toContain('zarbalouf')
  })

  it('lists in a language’s feed and sitemap only the articles live in it', async () => {
    // "Le numérique dans les régions" (locale metadata, above) is live in French and Arabic, not in English.
    const english = await (await fetch(`${server.url}/api/sitemaps/en.xml`)).text()
    expect(english).toContain(`/en/articles/${article.slug.en}`)
    expect(english).not.toMatch(/unreviewed/i)
    const feed = await new Parser().parseString(await (await fetch(`${server.url}/api/feeds/en/rss`)).text())
    expect(feed.items.map((item) => item.title)).toContain(article.title.en)
    expect(JSON.stringify(feed)).not.toMatch(/UNREVIEWED|Le numérique dans les régions/)
    const arabicFeed = await new Parser().parseString(await (await fetch(`${server.url}/api/feeds/ar/rss`)).text())
    expect(arabicFeed.items.some((item) => decodeURIComponent(item.link ?? '').includes('ترجمة'))).toBe(true)
  })

  it('describes an article as schema.org NewsArticle and an organisation as Organization', async () => {
    const { docs } = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/articles?where[slug][equals]=${encodeURIComponent(article.slug.ar)}&locale=ar`)).body
    const ld = await call<Record<string, unknown>>(`${server.url}/api/articles/${docs[0]?.id}/jsonld?locale=ar`)
    expect(ld.body).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.title.ar, inLanguage: 'ar' })
    const organisations = (await call<{ docs: Array<{ id: number | string; acronym: string }> }>(`${server.url}/api/organisations?limit=20`)).body.docs
    const cgem = organisations.find((organisation) => organisation.acronym === 'CGEM')
    const org = await call<Record<string, unknown>>(`${server.url}/api/organisations/${cgem?.id}/jsonld?locale=en`)
    expect(org.body).toMatchObject({ '@type': 'Organization', alternateName: 'CGEM', name: 'General Confederation of Moroccan Enterprises' })
  })

  it('describes the launch event as schema.org Event, with its organiser and speakers', async () => {
    const { docs } = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/launch-events?where[slug][equals]=${event.slug}&locale=fr`)).body
    const ld = await call<Record<string, unknown>>(`${server.url}/api/launch-events/${docs[0]?.id}/jsonld?locale=en`)
    expect(ld.headers.get('content-type')).toContain('application/ld+json')
    expect(ld.body).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: event.title.en, inLanguage: 'en', eventStatus: 'https://schema.org/EventScheduled' })
    expect(ld.body.startDate).toMatch(/^2022-01-14/)
    const performers = ld.body.performer as Array<Record<string, unknown>>
    expect(performers.map((person) => person['@type'])).toEqual(performers.map(() => 'Person'))
    expect(performers.map((person) => person.name)).toContain('Ghita Mezzour')
  })

  it('describes an official as schema.org Person with the role held', async () => {
    const mezzour = officials.find((official) => official.key === 'mezzour') as (typeof officials)[number]
    const { docs } = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/officials?where[slug][equals]=${mezzour.slug}`)).body
    const ld = await call<Record<string, unknown>>(`${server.url}/api/officials/${docs[0]?.id}/jsonld?locale=ar`)
    expect(ld.body).toMatchObject({ '@type': 'Person', name: mezzour.fullName.ar, honorificPrefix: mezzour.honorific.ar, jobTitle: mezzour.appointment.roleTitle.ar })
    expect(JSON.stringify(ld.body)).not.toMatch(/email|notes/i)
  })

  it('refuses structured data for a draft or an unknown locale', async () => {
    const draft = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles`, {
      method: 'POST',
      token: editor,
      json: { title: 'Brouillon structuré', standfirst: 'Chapô.', section: sectionId },
    })
    expect((await call(`${server.url}/api/articles/${draft.body.doc.id}/jsonld?locale=fr`)).status).toBe(404)
    expect((await call(`${server.url}/api/articles/${draft.body.doc.id}/jsonld?locale=xx`)).status).toBe(400)
  })
})

describe('what browsers and proxies are promised, on cache hits and misses alike', () => {
  const front = 'https://front.moroccotech.test'
  const fresh = () => `${server.url}/api/sections?limit=5&probe=${Math.random().toString(36).slice(2)}`

  it('answers an allowed front end with CORS headers on a miss and on the hit after it, REST and GraphQL', async () => {
    const address = fresh()
    for (const expected of ['miss', 'hit']) {
      const reply = await fetch(address, { headers: { Origin: front } })
      expect(reply.headers.get('x-cache')).toBe(expected)
      expect(reply.headers.get('access-control-allow-origin')).toBe(front)
      expect(reply.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual(expect.arrayContaining(['ETag', 'Content-Language']))
      // Exactly what changes the answer: the encoding (compression), the language and the origin.
      expect(reply.headers.get('vary')?.split(/,\s*/).sort()).toEqual(['Accept-Encoding', 'Accept-Language', 'Origin'])
    }
    const query = JSON.stringify({ query: `{ Sections(limit: 2) { docs { name } } } # ${Math.random()}` })
    for (const expected of ['miss', 'hit']) {
      const reply = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { Origin: front, 'Content-Type': 'application/json' }, body: query })
      expect(reply.headers.get('x-cache')).toBe(expected)
      expect(reply.headers.get('access-control-allow-origin')).toBe(front)
    }
    const stranger = await fetch(address, { headers: { Origin: 'https://elsewhere.test' } })
    expect(stranger.headers.get('x-cache')).toBe('hit')
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
  })

  it.each([
    ['a list', '/api/articles?locale=fr'],
    ['a document', '/api/sections/{section}'],
    ['a feed', '/api/feeds/fr/rss'],
    ['the sitemap index', '/api/sitemap.xml'],
    ['the contract', '/api/openapi.json'],
    ['search', '/api/search?q=MoroccoTech&locale=fr'],
  ])('answers HEAD on %s like GET, without a body, cached or not', async (_what, address) => {
    const url = `${server.url}${address.replace('{section}', String(sectionId))}${address.includes('?') ? '&' : '?'}head=${Math.random().toString(36).slice(2)}`
    const head = await fetch(url, { method: 'HEAD' })
    const get = await fetch(url)
    const body = Buffer.from(await get.arrayBuffer())
    expect(head.status).toBe(200)
    expect(get.status).toBe(200)
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
    expect(await head.text()).toBe('')
    if (head.headers.get('etag')) expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(body.length).toBeGreaterThan(0)
  })

  it('follows RFC 9110 for If-None-Match: weak comparison, lists and *', async () => {
    const address = fresh()
    const first = await fetch(address)
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"[^"]+"$/)
    for (const header of [etag, `W/${etag}`, `"something-else", ${etag}`, '*']) {
      expect({ header, status: (await fetch(address, { headers: { 'If-None-Match': header } })).status }).toEqual({ header, status: 304 })
    }
    expect((await fetch(address, { headers: { 'If-None-Match': '"something-else", W/"another"' } })).status).toBe(200)
  })

  it.each([
    ['feeds', '/api/feeds/fr/rss'],
    ['sitemaps', '/api/sitemap.xml'],
  ])('gives %s an ETag and answers 304 to it', async (_what, address) => {
    const first = await fetch(`${server.url}${address}`)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[^"]+"$/)
    expect((await fetch(`${server.url}${address}`, { headers: { 'If-None-Match': etag as string } })).status).toBe(304)
  })

  it('says in Content-Language the language of the text served: French served for Tamazight is fr', async () => {
    for (const round of ['miss', 'hit']) {
      const list = await fetch(`${server.url}/api/articles?locale=zgh&limit=50&probe=cl`)
      const served = ((await list.json()) as { docs: Array<{ localeServed: { served: string } }> }).docs.map((doc) => doc.localeServed.served)
      // Articles written in these tests exist in French and Arabic only: at least one is served in French.
      expect(served).toContain('fr')
      expect({ round, header: list.headers.get('content-language')?.split(', ').sort() }).toEqual({ round, header: [...new Set(served)].sort() })
      const fallback = (await call<{ docs: Array<{ id: number | string; localeServed: { served: string } }> }>(`${server.url}/api/articles?locale=zgh&limit=50`)).body.docs.find((doc) => doc.localeServed.served === 'fr')
      const one = await fetch(`${server.url}/api/articles/${fallback?.id}?locale=zgh&probe=cl`)
      expect(one.headers.get('content-language')).toBe('fr')
      expect((await fetch(`${server.url}/api/articles/${fallback?.id}?locale=ar&probe=cl`)).headers.get('content-language')).toBe('ar')
    }
    const arabicFeed = await fetch(`${server.url}/api/feeds/ar/rss`)
    expect(arabicFeed.headers.get('content-language')).toBe('ar')
  })

  it.each([
    ['a list', '/api/articles?locale=de'],
    ['a document', '/api/sections/{section}?locale=xx'],
    ['a global', '/api/globals/navigation?locale=klingon'],
    ['search', '/api/search?q=maroc&locale=de'],
    ['a feed', '/api/feeds/de/rss'],
  ])('answers an unknown locale on %s with 400 naming the locales', async (_what, address) => {
    const reply = await call<{ errors: Array<{ message: string }> }>(`${server.url}${address.replace('{section}', String(sectionId))}`)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0]?.message).toMatch(/Unknown locale/)
  })

  it('serves a section’s feed in every locale, the section found by its French slug where it has no other', async () => {
    const sections = await call<{ docs: Array<{ slug: string }> }>(`${server.url}/api/sections?locale=fr&limit=1`)
    const slug = sections.body.docs[0]?.slug as string
    for (const locale of ['fr', 'ar', 'en', 'zgh']) {
      for (const format of ['rss', 'atom']) {
        const reply = await fetch(`${server.url}/api/feeds/${locale}/${slug}/${format}`)
        expect({ locale, format, status: reply.status, language: reply.headers.get('content-language') }).toEqual({ locale, format, status: 200, language: locale })
      }
    }
    expect((await fetch(`${server.url}/api/feeds/zgh/no-such-section/rss`)).status).toBe(404)
  })

  it.each([
    ['DELETE', '/api/feeds/fr/rss', ['GET', 'HEAD', 'OPTIONS']],
    ['PATCH', '/api/search?q=maroc', ['GET', 'HEAD', 'OPTIONS']],
    ['PUT', '/api/articles', ['GET', 'POST', 'PATCH', 'DELETE']],
    ['POST', '/api/sitemap.xml', ['GET']],
  ])('answers %s %s with 405 and the methods it takes', async (method, address, expected) => {
    const reply = await fetch(`${server.url}${address}`, { method, headers: { Origin: 'https://front.moroccotech.test' } })
    expect(reply.status).toBe(405)
    expect(reply.headers.get('allow')?.split(', ')).toEqual(expect.arrayContaining(expected))
    expect(reply.headers.get('access-control-allow-origin')).toBe('https://front.moroccotech.test')
  })

  it('still answers a path nothing serves with 404, and Payload’s long reads sent as POST', async () => {
    expect((await fetch(`${server.url}/api/nothing-here`, { method: 'DELETE' })).status).toBe(404)
    const list = await fetch(`${server.url}/api/sections/${sectionId}`, { method: 'POST', headers: { 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'depth=0' })
    expect(list.status).toBe(200)
  })

  it('says in JSON-LD the language of the text served, not the one asked for', async () => {
    const fallback = (await call<{ docs: Array<{ id: number | string; localeServed: { served: string } }> }>(`${server.url}/api/articles?locale=zgh&limit=50`)).body.docs.find((doc) => doc.localeServed.served === 'fr')
    const reply = await fetch(`${server.url}/api/articles/${fallback?.id}/jsonld?locale=zgh`)
    const ld = (await reply.json()) as { inLanguage: string; url?: string }
    expect(ld.inLanguage).toBe('fr')
    expect(reply.headers.get('content-language')).toBe('fr')
  })

  it('tags every public answer for CDN purges: everything, its collection, each document it carries, on hits too', async () => {
    const address = `${server.url}/api/articles?locale=fr&limit=3&tags=1`
    const first = await fetch(address)
    const ids = ((await first.json()) as { docs: Array<{ id: number | string }> }).docs.map((doc) => `articles:${doc.id}`)
    expect(ids.length).toBeGreaterThan(0)
    for (const reply of [first, await fetch(address)]) {
      expect(reply.headers.get('cache-tag')?.split(',').sort()).toEqual(['newsroom', 'articles', ...ids].sort())
      expect(reply.headers.get('surrogate-key')?.split(' ').sort()).toEqual(['newsroom', 'articles', ...ids].sort())
    }
    expect((await fetch(`${server.url}/api/sections/${sectionId}?tags=1`)).headers.get('cache-tag')?.split(',')).toEqual(expect.arrayContaining(['newsroom', 'sections', `sections:${sectionId}`]))
    expect((await fetch(`${server.url}/api/globals/navigation?tags=1`)).headers.get('cache-tag')?.split(',')).toEqual(expect.arrayContaining(['newsroom', 'globals:navigation']))
    expect((await fetch(`${server.url}/api/feeds/fr/rss?tags=1`)).headers.get('cache-tag')?.split(',')).toEqual(expect.arrayContaining(['newsroom', 'articles']))
  })
})
