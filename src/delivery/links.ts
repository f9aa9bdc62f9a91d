import { frontendURL, publicServerURL } from '../env'
import type { ContentLocale } from '../localization'

/**
 * Where front ends publish documents, for links in feeds, sitemaps and structured data:
 * `${FRONTEND_URL}/${locale}/articles/${slug}` (and `/events/`). Never taken from a request's Host header.
 */
export const frontendBase = (): string => frontendURL()

export const articleLink = (locale: ContentLocale, slug: string): string =>
  `${frontendBase()}/${locale}/articles/${encodeURIComponent(slug)}`

export const eventLink = (locale: ContentLocale, slug: string): string =>
  `${frontendBase()}/${locale}/events/${encodeURIComponent(slug)}`

/** This CMS's own public origin (PAYLOAD_PUBLIC_SERVER_URL), for links to its feeds, sitemaps and images. */
export const apiOrigin = (): string => publicServerURL()
