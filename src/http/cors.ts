import type { RequestHandler } from 'express'

/** What browser code on an allowed front end may read of an answer, besides the CORS-safelisted headers. */
export const EXPOSED_HEADERS = ['ETag', 'Content-Language', 'X-Cache', 'Cache-Tag']

/**
 * CORS for the front ends named in CORS_ORIGINS, on every answer under /api, before anything else answers: the
 * delivery cache's hits never reach Payload, which would otherwise be the only one to add them. Answers differ by
 * Origin, so `Vary: Origin` goes on all of them.
 */
export const corsForFrontEnds =
  (origins: readonly string[]): RequestHandler =>
  (req, res, next) => {
    res.vary('Origin')
    const origin = req.headers.origin
    if (origin && origins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Credentials', 'true')
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '))
    }
    next()
  }

/**
 * HEAD answers as GET does, without the body, on every path: it is handed on as a GET, and Node, which knows the
 * request was a HEAD, sends the headers (Content-Length included) and drops the body.
 */
export const headAsGet: RequestHandler = (req, _res, next) => {
  if (req.method === 'HEAD') req.method = 'GET'
  next()
}
