import type { ContentLocale } from '../localization'

/**
 * Where front ends publish documents, for links in feeds, sitemaps and structured data:
 * `${FRONTEND_URL}/${locale}/articles/${slug}` (and `/events/`). FRONTEND_URL defaults to this server's URL.
 */
export const frontendBase = (): string =>
  (process.env.FRONTEND_URL ?? process.env.PAYLOAD_PUBLIC_SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')

export const articleLink = (locale: ContentLocale, slug: string): string =>
  `${frontendBase()}/${locale}/articles/${encodeURIComponent(slug)}`

export const eventLink = (locale: ContentLocale, slug: string): string =>
  `${frontendBase()}/${locale}/events/${encodeURIComponent(slug)}`

/** This CMS's own public origin: PAYLOAD_PUBLIC_SERVER_URL, else what the request was addressed to. */
export const apiOrigin = (req: { payload: { config: { serverURL?: string } }; headers: Headers }): string => {
  if (req.payload.config.serverURL) return req.payload.config.serverURL.replace(/\/$/, '')
  const proto = req.headers.get('x-forwarded-proto') ?? 'http'
  return `${proto}://${req.headers.get('host') ?? 'localhost:3000'}`
}
