import type { RequestHandler } from 'express'
import type { Endpoint, SanitizedConfig } from 'payload'

type Route = { pattern: RegExp; methods: string[]; first: string }

/** `/feeds/:locale/rss` as a regular expression over a request's path under /api. */
const patternOf = (path: string): RegExp =>
  new RegExp(`^${path.replace(/\/$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]+/g, '[^/]+')}/?$`)

const routes = (prefix: string, endpoints: Endpoint[] | false | undefined): Route[] =>
  (endpoints || []).map((endpoint) => {
    const path = `${prefix}${endpoint.path}`
    return { pattern: patternOf(path), methods: [endpoint.method.toUpperCase()], first: firstSegment(path) }
  })

/** A path's first segment, or `*` when it is a parameter (such a route may match any first segment). */
const firstSegment = (path: string): string => {
  const first = path.split('/')[1] ?? ''
  return first.startsWith(':') ? '*' : first
}

/** Every route Payload serves under /api (its own and ours), read from the configuration so it cannot drift. */
export function apiRoutes(config: SanitizedConfig): Route[] {
  return [
    ...routes('', config.endpoints),
    ...config.collections.flatMap((collection) => routes(`/${collection.slug}`, collection.endpoints)),
    ...config.globals.flatMap((global) => routes(`/globals/${global.slug}`, global.endpoints)),
  ]
}

/**
 * A method a path does not take is answered 405 with `Allow` (RFC 9110), where Payload would say "not found" of a
 * path that exists. Paths nothing serves go on to their 404.
 */
export const methodNotAllowed =
  (config: SanitizedConfig): RequestHandler => {
    // Grouped by first segment: a request is tested against its collection's routes, not every route (a hot path).
    const byFirst = new Map<string, Route[]>()
    for (const route of apiRoutes(config)) byFirst.set(route.first, [...(byFirst.get(route.first) ?? []), route])
    return (req, res, next) => {
      if (req.method === 'OPTIONS') return next()
      const candidates = [...(byFirst.get(firstSegment(req.path)) ?? []), ...(byFirst.get('*') ?? [])]
      const matching = candidates.filter((route) => route.pattern.test(req.path))
      if (matching.length === 0) return next()
      const methods = new Set(matching.flatMap((route) => route.methods))
      // Payload's clients send long reads as POST with the method they mean in this header.
      const meant = String(req.headers['x-payload-http-method-override'] ?? req.method).toUpperCase()
      if (methods.has(meant)) return next()
      if (methods.has('GET')) methods.add('HEAD')
      methods.add('OPTIONS')
      const allow = [...methods].join(', ')
      res.setHeader('Allow', allow)
      res.status(405).json({ errors: [{ message: `${req.method} is not allowed on ${req.baseUrl}${req.path}: it takes ${allow}.` }] })
    }
  }
