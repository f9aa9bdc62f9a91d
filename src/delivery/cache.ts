import { createHash } from 'node:crypto'
import type { RequestHandler, Response } from 'express'
import { negotiateLocale } from './locale'
import { isAnonymous } from './publicRequest'

type Entry = { body: Buffer; etag: string; contentType: string; contentLanguage?: string; tags?: string[] }

/** Anonymous GET answers kept in memory until published content changes; the oldest go first past the cap. */
export class ResponseCache {
  private entries = new Map<string, Entry>()
  hits = 0
  misses = 0

  constructor(private readonly maxEntries = 2_000) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  set(key: string, entry: Entry): void {
    this.entries.set(key, entry)
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

declare global {
  var __newsroomDeliveryCache: ResponseCache | undefined
}

/** One cache per process, reachable from Payload's hooks (which clear it) and from express (which fills it). */
export const deliveryCache = (): ResponseCache => (globalThis.__newsroomDeliveryCache ??= new ResponseCache())

/** Published content changed: nothing cached may be served any more. */
export const invalidateDeliveryCache = (): void => deliveryCache().clear()

export const etagOf = (body: Buffer): string => `"${createHash('sha1').update(body).digest('base64url')}"`

/**
 * Whether an If-None-Match header matches an ETag (RFC 9110, 13.1.2): `*`, or any tag of its list compared weakly,
 * so that `W/"…"` (what a proxy that compresses makes of our strong tag) still matches.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/** What the cache reads in a JSON answer, parsed once per miss: its document(s), their ids and served languages. */
type Answer = { id?: unknown; inLanguage?: unknown; localeServed?: { served?: unknown }; docs?: Answer[] }

/** A JSON answer's body as an object, or undefined for anything else (feeds, sitemaps, malformed text). */
export function answerOf(body: Buffer, contentType: string): Answer | undefined {
  if (!contentType.includes('json')) return undefined
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Answer) : undefined
  } catch {
    return undefined
  }
}

/** The documents an answer carries: a list's docs, or the answer itself. */
const documentsOf = (answer: Answer): Answer[] => (Array.isArray(answer.docs) ? answer.docs : [answer])

/**
 * The languages of the text an answer really carries: a document served in French for want of a live `zgh` says so
 * in its `localeServed`, and so must Content-Language (several for a list mixing them); JSON-LD names its own.
 * Undefined when the answer says nothing about it.
 */
export function servedLanguages(answer: Answer | undefined): string | undefined {
  if (!answer) return undefined
  if (typeof answer.inLanguage === 'string') return answer.inLanguage
  const served = documentsOf(answer).map((doc) => doc?.localeServed?.served).filter((locale): locale is string => typeof locale === 'string')
  return served.length ? [...new Set(served)].join(', ') : undefined
}

/** What every public answer is tagged with, for a purge of everything. */
export const EVERYTHING_TAG = 'newsroom'

/** Paths that list articles and events without being under their collection (feeds, sitemaps, search). */
const LISTS_CONTENT = /^\/api\/(feeds|sitemap|search)/

/**
 * The CDN tags of a public answer (`Cache-Tag`, `Surrogate-Key`): `newsroom` on all; the collection (or global)
 * it reads; and each document it is about, as `<collection>:<id>`. A change to a document is purged by its tag and
 * its collection's (lists); a change to anything embedded elsewhere (a section, an organisation, a global) by
 * `newsroom`. The change webhooks carry what is needed to choose.
 */
export function cacheTags(path: string, answer: Answer | undefined): string[] {
  const tags = new Set([EVERYTHING_TAG])
  const [, , first, second] = path.split('?')[0]?.split('/') ?? []
  if (LISTS_CONTENT.test(path)) {
    for (const name of ['articles', 'launch-events']) tags.add(name)
    return [...tags]
  }
  if (first === 'globals' && second) return [...tags, `globals:${second}`]
  if (!first) return [...tags]
  tags.add(first)
  for (const { id } of answer ? documentsOf(answer) : []) if (typeof id === 'string' || typeof id === 'number') tags.add(`${first}:${id}`)
  return [...tags]
}

/** What the delivery cache keeps: JSON answers, feeds and sitemaps. */
const CACHED_TYPES = /json|xml/

const NEVER_CACHED = [/^\/api\/preview/, /^\/api\/users/, /^\/api\/graphql/, /^\/api\/payload-/, /^\/api\/audit-log/, /^\/api\/releases/]

/**
 * Holds back what Next writes to `res` (status and headers included, since Next flushes them with its first chunk)
 * and hands the whole body to `release` once Next ends, so that validators can still be added and the bytes kept.
 */
export function holdAnswer(res: Response, release: (body: Buffer, end: (body: Buffer) => void) => void): void {
  const chunks: Buffer[] = []
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const flushHeaders = res.flushHeaders.bind(res)
  res.flushHeaders = () => undefined
  res.write = ((chunk: unknown) => {
    if (chunk) chunks.push(Buffer.from(chunk as Buffer))
    return true
  }) as typeof res.write
  res.end = ((chunk?: unknown) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as Buffer))
    res.write = write
    res.end = end
    res.flushHeaders = flushHeaders
    release(Buffer.concat(chunks), (body) => void end(body))
    return res
  }) as typeof res.end
}

const ASKS_FOR_LOCALE = /[?&]locale=/

/**
 * The key of an anonymous GET, taken from the request as it arrives (before the locale and reader-limit rewrites,
 * which give the same answer for the same request): the URL, and the negotiated locale when the URL names none.
 */
export const cacheKey = (originalUrl: string, acceptLanguage: string | undefined): string =>
  ASKS_FOR_LOCALE.test(originalUrl) ? `GET ${originalUrl}` : `GET ${originalUrl} ~${negotiateLocale(acceptLanguage)}`

export type CachePolicy = { maxAgeSeconds: number; staleSeconds: number; enabled: boolean }

/**
 * Anonymous GETs under /api are answered from memory when the same request (locale included) was answered before
 * and nothing published changed since; every cacheable answer carries Cache-Control and a strong ETag, and an
 * If-None-Match that matches gets 304. Requests with credentials are never cached nor served from the cache.
 */
export const cachedDelivery =
  (policy: CachePolicy): RequestHandler =>
  (req, res, next) => {
    const cacheable = req.method === 'GET' && isAnonymous(req) && !NEVER_CACHED.some((pattern) => pattern.test(req.originalUrl))
    if (!cacheable) {
      if (!isAnonymous(req)) res.setHeader('Cache-Control', 'private, no-store')
      return next()
    }
    const cacheControl = `public, max-age=0, s-maxage=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleSeconds}`
    const key = cacheKey(req.originalUrl, req.headers['accept-language'])
    const cache = deliveryCache()
    const send = (entry: Entry, source: 'hit' | 'miss') => {
      res.setHeader('Cache-Control', cacheControl)
      res.setHeader('ETag', entry.etag)
      res.setHeader('X-Cache', source)
      if (entry.tags?.length) {
        res.setHeader('Cache-Tag', entry.tags.join(','))
        res.setHeader('Surrogate-Key', entry.tags.join(' '))
      }
      // Exactly what changes the answer, on hits and misses alike (Next's router headers, added on misses, do not):
      // the locale may come from Accept-Language, and CORS headers from the Origin.
      res.setHeader('Vary', 'Accept-Language, Origin')
      if (entry.contentLanguage) res.setHeader('Content-Language', entry.contentLanguage)
      if (ifNoneMatchMatches(req.headers['if-none-match'], entry.etag)) return void res.status(304).end()
      res.setHeader('Content-Type', entry.contentType)
      res.status(200).end(entry.body)
    }
    const hit = policy.enabled ? cache.get(key) : undefined
    if (hit) {
      cache.hits++
      return send(hit, 'hit')
    }
    cache.misses++
    holdAnswer(res, (body, end) => {
      const contentType = String(res.getHeader('Content-Type') ?? '')
      if (res.statusCode !== 200 || !CACHED_TYPES.test(contentType)) return end(body)
      const answer = answerOf(body, contentType)
      const contentLanguage = servedLanguages(answer) ?? (res.getHeader('Content-Language') as string | undefined) ?? (res.locals.contentLanguage as string | undefined)
      const entry: Entry = { body, etag: etagOf(body), contentType, contentLanguage, tags: cacheTags(req.originalUrl, answer) }
      if (policy.enabled) cache.set(key, entry)
      res.removeHeader('Content-Length')
      send(entry, 'miss')
    })
    next()
  }
