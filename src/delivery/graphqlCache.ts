import { createHash } from 'node:crypto'
import type { RequestHandler } from 'express'
import { analyseQuery } from '../http/graphqlGuard'
import { readBodyOnce } from '../http/replay'
import { type CachePolicy, deliveryCache, etagOf, holdAnswer } from './cache'
import { isAnonymous } from './publicRequest'

const MAX_QUERY_BYTES = 256 * 1024

type GraphqlBody = { query?: unknown; variables?: unknown; operationName?: unknown }

/** The cache key of an anonymous GraphQL request, or undefined when it must not be cached. */
export function graphqlCacheKey(url: string, body: Buffer): string | undefined {
  let parsed: GraphqlBody
  try {
    parsed = JSON.parse(body.toString('utf8')) as GraphqlBody
  } catch {
    return undefined
  }
  // Only documents made of queries are cached; a mutation, a subscription or an unparsable body goes straight on.
  if (typeof parsed.query !== 'string' || !analyseQuery(parsed.query).readOnly) return undefined
  const operation = JSON.stringify([parsed.query, parsed.variables ?? null, parsed.operationName ?? null])
  return `POST /api/graphql${new URL(url, 'http://newsroom.local').search} ${createHash('sha1').update(operation).digest('base64url')}`
}

const hasErrors = (body: Buffer): boolean => {
  try {
    return Boolean((JSON.parse(body.toString('utf8')) as { errors?: unknown }).errors)
  } catch {
    return true
  }
}

/**
 * Anonymous GraphQL queries (POST, JSON) are answered from the same in-process cache as anonymous REST reads,
 * keyed by the query, its variables and operation name; mutations and requests with credentials never are.
 * Express has read the body by then, so Next is handed a replay of the request (see `requestForNext`).
 */
export const cachedGraphqlQueries =
  (policy: CachePolicy): RequestHandler =>
  (req, res, next) => {
    if (req.method !== 'POST' || req.path !== '/graphql' || !isAnonymous(req) || !req.is('application/json')) return next()
    // A body declared larger than any query worth caching goes on to the general body limit and Payload.
    if (Number(req.headers['content-length'] ?? 0) > MAX_QUERY_BYTES) return next()
    readBodyOnce(req, res, MAX_QUERY_BYTES).then((body) => {
      if (!body) return void res.status(413).json({ errors: [{ message: `A GraphQL query is limited to ${MAX_QUERY_BYTES / 1024} KB.` }] })
      const key = policy.enabled ? graphqlCacheKey(req.url, body) : undefined
      if (!key) return next()
      const cache = deliveryCache()
      const hit = cache.get(key)
      if (hit) {
        cache.hits++
        res.setHeader('X-Cache', 'hit')
        res.setHeader('ETag', hit.etag)
        res.setHeader('Content-Type', hit.contentType)
        return void res.status(200).end(hit.body)
      }
      cache.misses++
      holdAnswer(res, (answer, end) => {
        const contentType = String(res.getHeader('Content-Type') ?? '')
        if (res.statusCode !== 200 || !contentType.includes('json') || hasErrors(answer)) return end(answer)
        const entry = { body: answer, etag: etagOf(answer), contentType }
        cache.set(key, entry)
        res.setHeader('X-Cache', 'miss')
        res.setHeader('ETag', entry.etag)
        res.removeHeader('Content-Length')
        end(answer)
      })
      next()
    }, next)
  }
