import type { RequestHandler } from 'express'
import { isAnonymous, rewriteQuery } from './publicRequest'

export const MAX_PUBLIC_DEPTH = 3
export const MAX_PUBLIC_PAGE_SIZE = 50

const clamp = (raw: string | null, max: number, fallback: number): string => {
  const value = Number(raw)
  return String(Number.isInteger(value) && value >= 0 ? Math.min(value, max) : fallback)
}

/** What a card needs: list answers carry these fields unless the caller selects others. */
export const CARD_FIELDS: Record<string, string[]> = {
  '/articles': ['title', 'slug', 'standfirst', 'section', 'publishedAt', 'hero', 'type', 'withdrawal'],
  '/launch-events': ['title', 'slug', 'summary', 'startsAt', 'endsAt', 'venue', 'status'],
}

const asksForOneDocument = (params: URLSearchParams) =>
  [...params.keys()].some((key) => key.startsWith('where[slug]') || key.startsWith('where[id]'))

/**
 * Anonymous REST reads get at most `depth=3` and pages of at most 50, whatever they ask for; lists of articles
 * and events are lean (card fields) unless the caller selects fields itself or asks for one document by slug.
 */
export const anonymousCaps: RequestHandler = (req, _res, next) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !isAnonymous(req)) return next()
  const path = new URL(req.url, 'http://newsroom.local').pathname
  rewriteQuery(req, (params) => {
    if (params.has('depth')) params.set('depth', clamp(params.get('depth'), MAX_PUBLIC_DEPTH, 1))
    if (params.has('limit')) params.set('limit', clamp(params.get('limit'), MAX_PUBLIC_PAGE_SIZE, 10))
    if (params.get('pagination') === 'false') params.delete('pagination')
    const card = CARD_FIELDS[path]
    const selects = [...params.keys()].some((key) => key.startsWith('select['))
    if (card && !selects && !asksForOneDocument(params)) for (const field of card) params.set(`select[${field}]`, 'true')
  })
  next()
}
