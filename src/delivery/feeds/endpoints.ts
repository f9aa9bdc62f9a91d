import { Feed } from 'feed'
import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { listedForReaders } from '../../access/permissions'
import { liveIn } from '../../hooks/translation/localePublication'
import { type ContentLocale, defaultLocale, isContentLocale, localeCodes } from '../../localization'
import type { Article } from '../../payload-types'
import { apiOrigin, articleLink, frontendBase } from '../links'

const FEED_SIZE = 30

async function buildFeed(req: PayloadRequest, locale: ContentLocale, sectionSlug?: string): Promise<Feed> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', locale, depth: 0, req })
  // A language's feed carries the articles live in it, not French stand-ins.
  let where: Where = { and: [listedForReaders, ...liveIn(locale)] }
  let sectionName: string | undefined
  if (sectionSlug) {
    // A section's slug falls back to the source locale's as its reads do: a Tamazight feed of "actu-maroc" works
    // before anyone gives the section a Tamazight slug.
    const sectionIn = async (at: ContentLocale) =>
      (await req.payload.find({ collection: 'sections', where: { slug: { equals: sectionSlug } }, locale: at, limit: 1, depth: 0, req })).docs
    const found = await sectionIn(locale)
    const docs = found.length || locale === defaultLocale ? found : await sectionIn(defaultLocale)
    if (!docs[0]) throw new APIError(`No section "${sectionSlug}".`, 404, null, true)
    sectionName = docs[0].name
    where = { and: [where, { section: { equals: docs[0].id } }] }
  }
  const { docs } = await req.payload.find({
    collection: 'articles',
    where,
    locale,
    sort: '-publishedAt',
    limit: FEED_SIZE,
    depth: 0,
    select: { title: true, slug: true, standfirst: true, publishedAt: true, updatedAt: true, byline: true },
    req,
  })
  const base = `${apiOrigin()}/api/feeds/${locale}${sectionSlug ? `/${sectionSlug}` : ''}`
  const feed = new Feed({
    id: `${frontendBase()}/${locale}${sectionSlug ? `/sections/${sectionSlug}` : ''}`,
    link: `${frontendBase()}/${locale}`,
    title: [settings.siteName ?? 'MoroccoTech', sectionName].filter(Boolean).join(' · '),
    description: settings.tagline ?? undefined,
    language: locale,
    updated: docs[0] ? new Date((docs[0] as Article).updatedAt) : new Date(0),
    generator: false,
    copyright: settings.siteName ?? 'MoroccoTech',
    feedLinks: { rss: `${base}/rss`, atom: `${base}/atom` },
  })
  for (const doc of docs as Article[]) {
    if (!doc.slug) continue
    const link = articleLink(locale, doc.slug)
    feed.addItem({
      id: link,
      link,
      title: doc.title,
      description: doc.standfirst,
      date: new Date(doc.publishedAt ?? doc.updatedAt),
      author: doc.byline ? [{ name: doc.byline }] : undefined,
    })
  }
  return feed
}

const xml = (body: string, type: string, locale: string) =>
  new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8`, 'Content-Language': locale, 'Cache-Control': 'public, max-age=0, s-maxage=300' } })

const localeOf = (req: PayloadRequest): ContentLocale => {
  const locale = req.routeParams?.locale
  if (!isContentLocale(locale)) throw new APIError(`Unknown locale "${String(locale)}": use one of ${localeCodes.join(', ')}.`, 400, null, true)
  return locale
}

/** RSS 2.0 and Atom, per locale (`/api/feeds/ar/rss`) and per section (`/api/feeds/ar/actu-maroc/atom`). */
export const feedEndpoints: Endpoint[] = [
  { path: '/feeds/:locale/rss', method: 'get', handler: async (req) => xml((await buildFeed(req, localeOf(req))).rss2(), 'application/rss+xml', localeOf(req)) },
  { path: '/feeds/:locale/atom', method: 'get', handler: async (req) => xml((await buildFeed(req, localeOf(req))).atom1(), 'application/atom+xml', localeOf(req)) },
  {
    path: '/feeds/:locale/:section/rss',
    method: 'get',
    handler: async (req) => xml((await buildFeed(req, localeOf(req), String(req.routeParams?.section))).rss2(), 'application/rss+xml', localeOf(req)),
  },
  {
    path: '/feeds/:locale/:section/atom',
    method: 'get',
    handler: async (req) => xml((await buildFeed(req, localeOf(req), String(req.routeParams?.section))).atom1(), 'application/atom+xml', localeOf(req)),
  },
]
