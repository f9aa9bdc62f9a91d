import { APIError, type Endpoint } from 'payload'
import { articleLink, eventLink } from '../delivery/links'
import { type ContentLocale, isContentLocale, localeCodes } from '../localization'
import { SOURCE_LOCALE, TRANSLATED_FIELDS } from './fingerprint'

type PerLocale = Partial<Record<ContentLocale, unknown>>

const valueAt = (doc: Record<string, unknown>, path: string): PerLocale =>
  (path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc) ??
    {}) as PerLocale

const filled = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)

/**
 * `GET /api/<collection>/:id/locales?locale=ar`: the locales a public document exists in, its slug in each as an
 * hreflang map of front-end links, and which fields a read in the given locale gets from the French fallback.
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
    const titles = valueAt(doc, 'title')
    const available = (localeCodes as ContentLocale[]).filter((locale) => filled(titles[locale]))
    const link = collection === 'articles' ? articleLink : eventLink
    const hreflang = Object.fromEntries(
      available.filter((locale) => filled(slugs[locale])).map((locale) => [locale, link(locale, String(slugs[locale]))]),
    )
    const fallbackFields = (TRANSLATED_FIELDS[collection] ?? []).filter((field) => {
      const values = valueAt(doc, field)
      return !filled(values[requested]) && filled(values[SOURCE_LOCALE])
    })
    return Response.json({ locale: requested, available, hreflang, fallbackFields, fallbackLocale: SOURCE_LOCALE })
  },
})
