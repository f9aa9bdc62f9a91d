import { APIError, type Endpoint } from 'payload'
import { articleLink, eventLink } from '../delivery/links'
import { type ContentLocale, isContentLocale, localeCodes } from '../localization'
import { SOURCE_LOCALE, TRANSLATED_FIELDS, valueAt } from './fingerprint'

type PerLocale = Partial<Record<ContentLocale, unknown>>

const perLocale = (doc: Record<string, unknown>, path: string): PerLocale => (valueAt(doc, path) ?? {}) as PerLocale

const filled = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)

/**
 * `GET /api/<collection>/:id/locales?locale=ar`: the locales a public document is published in, its slug in each as
 * an hreflang map of front-end links, the locale a read in `ar` is served in, and which fields come from French.
 */
export const localesEndpoint = (collection: 'articles' | 'launch-events'): Endpoint => ({
  path: '/:id/locales',
  method: 'get',
  handler: async (req) => {
    const requested = req.searchParams.get('locale') ?? SOURCE_LOCALE
    if (!isContentLocale(requested)) throw new APIError(`Unknown locale "${requested}".`, 400, null, true)
    const doc = (await req.payload.findByID({
      collection,
      id: String(req.routeParams?.id),
      locale: 'all',
      depth: 0,
      overrideAccess: false,
      req,
    })) as unknown as Record<string, unknown>
    const slugs = (doc.slug ?? {}) as PerLocale
    const titles = perLocale(doc, 'title')
    // Published in: the locales live for readers (staff previewing a draft see every locale with a title).
    const live = (doc.liveLocales as string[] | null | undefined) ?? localeCodes
    const available = (localeCodes as ContentLocale[]).filter((locale) => filled(titles[locale]) && live.includes(locale))
    const link = collection === 'articles' ? articleLink : eventLink
    const hreflang = Object.fromEntries(
      available.filter((locale) => filled(slugs[locale])).map((locale) => [locale, link(locale, String(slugs[locale]))]),
    )
    const served = available.includes(requested) ? requested : SOURCE_LOCALE
    const fallbackFields = (TRANSLATED_FIELDS[collection] ?? []).filter((field) => {
      const values = perLocale(doc, field)
      return filled(values[SOURCE_LOCALE]) && (served !== requested || !filled(values[requested]))
    })
    return Response.json({ locale: requested, served, available, hreflang, fallbackFields, fallbackLocale: SOURCE_LOCALE })
  },
})
