import type { Request } from 'express'

/** No Authorization header and no session cookie: an anonymous front end or reader. */
export const isAnonymous = (req: Request): boolean =>
  !req.headers.authorization && !(req.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith('payload-token='))

/** The query of a request as it stands now (earlier middleware may have rewritten it). */
export const currentQuery = (req: Request): URLSearchParams => new URL(req.url, 'http://newsroom.local').searchParams

/** Rewrites the query of a request before Next sees it (express restores the mount path afterwards). */
export function rewriteQuery(req: Request, change: (params: URLSearchParams) => void): void {
  const url = new URL(req.url, 'http://newsroom.local')
  change(url.searchParams)
  req.url = `${url.pathname}${url.search}`
}
