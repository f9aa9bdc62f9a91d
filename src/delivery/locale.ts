import type { RequestHandler, Response } from 'express'
import { type ContentLocale, defaultLocale, isContentLocale, localeCodes } from '../localization'
import { currentQuery, rewriteQuery } from './publicRequest'

/** The best content locale for an Accept-Language header ("ar-MA,ar;q=0.9,fr;q=0.8" → ar), or French. */
export function negotiateLocale(acceptLanguage: string | undefined): ContentLocale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0]
    if (isContentLocale(tag)) return tag
    if (isContentLocale(primary)) return primary
  }
  return defaultLocale
}

/**
 * Public GET requests name their locale with `?locale=`; without it, Accept-Language picks one. Either way the
 * answer says which in Content-Language, and varies on Accept-Language for caches.
 */
export const publicLocale: RequestHandler = (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next()
  let locale = currentQuery(req).get('locale')
  if (!locale) {
    const negotiated = negotiateLocale(req.headers['accept-language'])
    rewriteQuery(req, (params) => params.set('locale', negotiated))
    locale = negotiated
    res.vary('Accept-Language')
  }
  if (!isContentLocale(locale) && locale !== 'all') {
    res.status(400).json({ errors: [{ message: `Unknown locale "${locale}": use one of ${localeCodes.join(', ')} (or all).` }] })
    return
  }
  // A feed names its language in its path (/api/feeds/ar/rss): that is the language of its text.
  const inPath = FEED_LOCALE.exec(req.path)?.[1]
  const served = inPath ?? locale
  if (isContentLocale(served)) {
    res.locals.contentLanguage = served
    languageUnlessSaid(res, served)
  }
  next()
}

/**
 * Content-Language for the answer, unless the handler says otherwise (JSON-LD and feeds say the language they
 * really serve): set as the headers go out, since a header set before Next answers is one Next keeps.
 */
function languageUnlessSaid(res: Response, language: string): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response
  res.writeHead = ((...args: unknown[]) => {
    if (!res.getHeader('Content-Language')) res.setHeader('Content-Language', language)
    return writeHead(...args)
  }) as typeof res.writeHead
}

const FEED_LOCALE = /^\/feeds\/([^/]+)\//
