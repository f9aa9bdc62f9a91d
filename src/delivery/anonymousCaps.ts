import type { RequestHandler } from 'express'
import { isAnonymous, rewriteQuery } from './publicRequest'

export const MAX_PUBLIC_DEPTH = 3
export const MAX_PUBLIC_PAGE_SIZE = 50

const clamp = (raw: string | null, max: number, fallback: number): string => {
  const value = Number(raw)
  return String(Number.isInteger(value) && value >= 0 ? Math.min(value, max) : fallback)
}

/** Anonymous REST reads get at most `depth=3` and pages of at most 50, whatever they ask for. */
export const anonymousCaps: RequestHandler = (req, _res, next) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !isAnonymous(req)) return next()
  rewriteQuery(req, (params) => {
    if (params.has('depth')) params.set('depth', clamp(params.get('depth'), MAX_PUBLIC_DEPTH, 1))
    if (params.has('limit')) params.set('limit', clamp(params.get('limit'), MAX_PUBLIC_PAGE_SIZE, 10))
    if (params.get('pagination') === 'false') params.delete('pagination')
  })
  next()
}
