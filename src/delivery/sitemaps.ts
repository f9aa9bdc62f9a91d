import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { listedForReaders } from '../access/permissions'
import { create } from 'xmlbuilder2'
import { type ContentLocale, isContentLocale, localeCodes } from '../localization'
import { isLiveIn } from '../hooks/translation/localePublication'
import { apiOrigin, articleLink, eventLink } from './links'

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'
const MAX_URLS = 50_000

type Localized = { id: number | string; updatedAt: string; liveLocales?: string[] | null; slug?: Record<string, string | null | undefined> | null }

const xml = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=600' } })

async function published(req: PayloadRequest, collection: 'articles' | 'launch-events'): Promise<Localized[]> {
  const { docs } = await req.payload.find({
    collection,
    where: listedForReaders,
    locale: 'all',
    limit: MAX_URLS,
    depth: 0,
    select: { slug: true, updatedAt: true, liveLocales: true },
    req,
  })
  return docs as unknown as Localized[]
}

/** `/api/sitemap.xml`: the index, one sitemap per locale. */
const sitemapIndex: Endpoint = {
  path: '/sitemap.xml',
  method: 'get',
  handler: (req) => {
    const base = `${apiOrigin()}/api/sitemaps`
    const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(SITEMAP_NS, 'sitemapindex')
    for (const locale of localeCodes) root.ele('sitemap').ele('loc').txt(`${base}/${locale}.xml`)
    return xml(root.end({ prettyPrint: true }))
  },
}

/** `/api/sitemaps/ar.xml`: every document live in that locale, with hreflang alternates for its other live locales. */
const localeSitemap: Endpoint = {
  path: '/sitemaps/:file',
  method: 'get',
  handler: async (req) => {
    const locale = String(req.routeParams?.file ?? '').replace(/\.xml$/, '')
    if (!isContentLocale(locale)) throw new APIError(`No sitemap for "${locale}".`, 404, null, true)
    const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(SITEMAP_NS, 'urlset').att('xmlns:xhtml', XHTML_NS)
    for (const [collection, link] of [['articles', articleLink], ['launch-events', eventLink]] as const) {
      for (const doc of await published(req, collection)) {
        const slug = doc.slug?.[locale]
        if (!slug || !isLiveIn(doc, locale)) continue
        const url = root.ele('url')
        url.ele('loc').txt(link(locale, slug))
        url.ele('lastmod').txt(doc.updatedAt)
        for (const other of localeCodes as ContentLocale[]) {
          const otherSlug = doc.slug?.[other]
          if (otherSlug && isLiveIn(doc, other)) url.ele(XHTML_NS, 'xhtml:link').att({ rel: 'alternate', hreflang: other, href: link(other, otherSlug) })
        }
      }
    }
    return xml(root.end({ prettyPrint: true }))
  },
}

export const sitemapEndpoints: Endpoint[] = [sitemapIndex, localeSitemap]
