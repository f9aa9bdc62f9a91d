import { APIError, type CollectionSlug, type Endpoint } from 'payload'
import { defaultLocale } from '../contentLocales'
import { type ContentLocale, isContentLocale } from '../localization'
import type { Appointment, Article, LaunchEvent, Media, Official, Organisation } from '../payload-types'
import { apiOrigin, articleLink, eventLink } from './links'

type Thing = Record<string, unknown>
const CONTEXT = 'https://schema.org'
const isObject = <T>(value: T | number | string | null | undefined): value is T => typeof value === 'object' && value !== null
// Images are served by this CMS (/api/media/file/…), not by the front end.
const absolute = (url?: string | null) => (url ? (url.startsWith('http') ? url : `${apiOrigin()}${url}`) : undefined)

export function organizationLd(organisation: Organisation): Thing {
  const logo = isObject<Media>(organisation.logo as Media) ? (organisation.logo as Media).url : undefined
  return {
    '@type': 'Organization',
    name: organisation.name,
    alternateName: organisation.acronym ?? undefined,
    url: organisation.website ?? undefined,
    logo: absolute(logo),
  }
}

export function personLd(official: Official, appointment?: Appointment | null): Thing {
  return {
    '@type': 'Person',
    name: official.fullName,
    honorificPrefix: official.honorific ?? undefined,
    jobTitle: appointment?.roleTitle,
    worksFor: appointment && isObject<Organisation>(appointment.organisation) ? organizationLd(appointment.organisation) : undefined,
  }
}

export function newsArticleLd(article: Article, locale: ContentLocale): Thing {
  const hero = isObject<Media>(article.hero?.image) ? article.hero.image : undefined
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.standfirst,
    inLanguage: locale,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    url: article.slug ? articleLink(locale, article.slug) : undefined,
    image: hero?.sizes?.og?.url ? [absolute(hero.sizes.og.url)] : undefined,
    author: article.byline ? [{ '@type': 'Person', name: article.byline }] : undefined,
    articleSection: isObject<{ name: string }>(article.section) ? article.section.name : undefined,
    keywords: article.tags?.join(', ') || undefined,
  }
}

export function eventLd(event: LaunchEvent, locale: ContentLocale): Thing {
  const organiser = isObject<Organisation>(event.organiser) ? organizationLd(event.organiser) : undefined
  const statuses: Record<string, string> = { cancelled: 'EventCancelled', postponed: 'EventPostponed' }
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    inLanguage: locale,
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventStatus: `${CONTEXT}/${statuses[event.status] ?? 'EventScheduled'}`,
    url: event.slug ? eventLink(locale, event.slug) : undefined,
    location: event.venue?.name ? { '@type': 'Place', name: event.venue.name, address: [event.venue.address, event.venue.city].filter(Boolean).join(', ') } : undefined,
    organizer: organiser,
    sponsor: (event.partners ?? []).map((partner) => partner.organisation).filter(isObject<Organisation>).map(organizationLd),
    performer: (event.speakers ?? []).filter(isObject<Official>).map((official) => personLd(official)),
  }
}

type Builder = (doc: never, locale: ContentLocale) => Thing
const builders: Partial<Record<CollectionSlug, Builder>> = {
  articles: newsArticleLd as Builder,
  'launch-events': eventLd as Builder,
  organisations: ((doc: Organisation) => ({ '@context': CONTEXT, ...organizationLd(doc) })) as Builder,
  officials: ((doc: Official) => ({ '@context': CONTEXT, ...personLd(doc, doc.appointments?.docs?.find(isObject<Appointment>)) })) as Builder,
}

/** `GET /api/<collection>/:id/jsonld?locale=ar`: schema.org JSON-LD of a public document, for a page's <script>. */
export const jsonLdEndpoint = (collection: 'articles' | 'launch-events' | 'organisations' | 'officials'): Endpoint => ({
  path: '/:id/jsonld',
  method: 'get',
  handler: async (req) => {
    const locale = req.searchParams.get('locale') ?? defaultLocale
    if (!isContentLocale(locale)) throw new APIError(`Unknown locale "${locale}".`, 400, null, true)
    const doc = await req.payload.findByID({ collection, id: String(req.routeParams?.id), locale, depth: 2, overrideAccess: false, req })
    const build = builders[collection] as Builder
    // The language of the text served: French stands in for a translation not yet live (its `localeServed` says so).
    const served = (doc as { localeServed?: { served?: string } }).localeServed?.served
    const language = isContentLocale(served) ? served : locale
    return Response.json(build(doc as never, language), { headers: { 'Content-Type': 'application/ld+json', 'Content-Language': language } })
  },
})
