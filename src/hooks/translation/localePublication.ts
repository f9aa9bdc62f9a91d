import {
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  NotFound,
  type PayloadRequest,
  type Where,
} from 'payload'
import { isStaff } from '../../access/roles'
import { servesPreview } from '../../preview/context'
import { type ContentLocale, isContentLocale, localeCodes } from '../../localization'
import { SOURCE_LOCALE } from '../../translation/fingerprint'
import { MAX_PUBLIC_DEPTH } from '../../delivery/anonymousCaps'
import { requestCopy } from '../../requestCopy'

type Id = number | string
type PublishedDoc = {
  id: Id
  _status?: string | null
  liveLocales?: string[] | null
  translation?: { status?: string | null } | null
  localeServed?: LocaleServed
}
export type LocaleServed = { requested: ContentLocale; served: ContentLocale; fallback: boolean }

/** The locale a read asked for, when it asked for one content locale (not `all`). */
const requestedLocale = (req: PayloadRequest): ContentLocale | undefined => (isContentLocale(req.locale) ? req.locale : undefined)

/** The reader asked for no fallback: `false` from REST and the Local API, the word from GraphQL's argument. */
const refusesFallback = (req: PayloadRequest): boolean =>
  req.fallbackLocale === false || ['none', 'null', 'false'].includes(String(req.fallbackLocale))

/** A reader outside the newsroom, under access control: staff and system reads see every locale as it stands. */
/** A reader of what is live; a preview link's reader sees the draft in the locale it names, not a fallback. */
const isPublicReader = (req: PayloadRequest, overrideAccess: boolean | undefined): boolean =>
  !overrideAccess && !isStaff(req.user) && !servesPreview(req.context)

/**
 * When a document is published it goes live in French and in each locale whose translation is done at that moment;
 * a draft save changes nothing that readers see. Translations finished later wait for the next publication.
 */
export const recordLiveLocales: CollectionBeforeChangeHook<PublishedDoc> = async ({ collection, data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const statuses: Partial<Record<string, string | null>> = {}
  if (originalDoc?.id !== undefined) {
    const all = (await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id: originalDoc.id,
      draft: true,
      depth: 0,
      locale: 'all',
      req: requestCopy(req),
      overrideAccess: true,
    })) as { translation?: Partial<Record<string, { status?: string | null } | null>> | null }
    for (const code of localeCodes) statuses[code] = all.translation?.[code]?.status
  }
  const locale = requestedLocale(req)
  if (locale) statuses[locale] = data.translation?.status
  return { ...data, liveLocales: localeCodes.filter((code) => code === SOURCE_LOCALE || statuses[code] === 'done') }
}

/**
 * A reader who asks for no fallback (`fallback-locale=none`) lists only documents live in their locale: a
 * translation not yet published is absent rather than French.
 */
export const listOnlyLiveLocaleWithoutFallback: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  const locale = requestedLocale(req)
  const system = overrideAccess || (args as { overrideAccess?: boolean }).overrideAccess
  if (operation !== 'read' || !isPublicReader(req, system) || !refusesFallback(req) || !locale || locale === SOURCE_LOCALE) return args
  const { id, where } = args as { id?: unknown; where?: Where }
  if (id !== undefined) return args
  const live: Where = { liveLocales: { in: [locale] } }
  return { ...args, where: where ? { and: [where, live] } : live }
}

/** How deep the French copy is populated: what the REST caller asked for (capped), none for GraphQL's resolvers. */
function depthOf(req: PayloadRequest): number {
  if (req.payloadAPI === 'GraphQL') return 0
  const asked = Number((req.query as { depth?: unknown } | undefined)?.depth ?? req.payload.config.defaultDepth)
  return Number.isInteger(asked) && asked >= 0 ? Math.min(asked, MAX_PUBLIC_DEPTH) : 1
}

/**
 * Readers get a published document in their locale only where that locale is live; elsewhere they get the French
 * text, and `localeServed` says so (`fallback: true`). With `fallback-locale=none` such a document is not found.
 */
export const serveLiveLocale: CollectionAfterReadHook<PublishedDoc> = async ({ collection, doc, findMany, overrideAccess, req }) => {
  const requested = requestedLocale(req)
  if (!requested) return doc
  const live = requested === SOURCE_LOCALE || !isPublicReader(req, overrideAccess) || (doc.liveLocales ?? []).includes(requested)
  if (live) return { ...doc, localeServed: { requested, served: requested, fallback: false } }
  if (refusesFallback(req) && !findMany) throw new NotFound(req.t)
  const source = (await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id: doc.id,
    locale: SOURCE_LOCALE,
    fallbackLocale: false,
    depth: depthOf(req),
    req: requestCopy(req),
    overrideAccess: false,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!source) return doc
  const served = Object.fromEntries(Object.keys(doc).map((key) => [key, key in source ? source[key] : (doc as Record<string, unknown>)[key]]))
  return { ...served, localeServed: { requested, served: SOURCE_LOCALE, fallback: true } } as PublishedDoc
}

/** The filter that keeps documents live in a locale (every published document is live in French). */
export const liveIn = (locale: string): Where[] => (locale === SOURCE_LOCALE ? [] : [{ liveLocales: { in: [locale] } }])

/** Is a published document (read with its `liveLocales`) live in this locale? */
export const isLiveIn = (doc: { liveLocales?: string[] | null }, locale: string): boolean =>
  locale === SOURCE_LOCALE || (doc.liveLocales ?? []).includes(locale)
