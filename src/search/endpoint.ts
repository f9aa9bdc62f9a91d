import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { listedForReaders } from '../access/permissions'
import { isContentLocale } from '../localization'
import { liveIn } from '../hooks/translation/localePublication'
import { normalizeForSearch, searchTerms } from './normalize'

type Hit = { collection: string; id: number | string; title: string; slug?: string; score: number }

/** What is public in each searched collection: published and not withdrawn, or approved quotes. */
const searched: Array<{ collection: 'articles' | 'launch-events' | 'quotes'; title: string; publicOnly: Where }> = [
  { collection: 'articles', title: 'title', publicOnly: listedForReaders },
  { collection: 'launch-events', title: 'title', publicOnly: listedForReaders },
  { collection: 'quotes', title: 'text', publicOnly: { approvalStatus: { equals: 'approved' } } },
]

const MAX_RESULTS = 20

function score(terms: string[], title: string, text: string): number {
  const normalTitle = normalizeForSearch(title)
  return terms.reduce((total, term) => total + (normalTitle.includes(term) ? 10 : 0) + text.split(term).length - 1, 0)
}

async function searchIn(req: PayloadRequest, locale: string, terms: string[], target: (typeof searched)[number]): Promise<Hit[]> {
  // A translation not yet live is not searchable in its language (readers of that language get the French text).
  const liveOnly: Where[] = target.collection !== 'quotes' ? liveIn(locale) : []
  const { docs } = await req.payload.find({
    collection: target.collection,
    locale: locale as 'fr',
    where: { and: [target.publicOnly, ...liveOnly, ...terms.map((term) => ({ searchText: { contains: term } }))] },
    limit: 50,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as Array<Record<string, unknown> & { id: number | string }>).map((doc) => ({
    collection: target.collection,
    id: doc.id,
    title: String(doc[target.title] ?? ''),
    slug: typeof doc.slug === 'string' ? doc.slug : undefined,
    score: score(terms, String(doc[target.title] ?? ''), String(doc.searchText ?? '')),
  }))
}

/**
 * `GET /api/search?q=…&locale=ar`: published articles, events and approved quotes whose words contain every term
 * of the query, ranked (title matches first, then how often the terms occur). Arabic is matched whatever the
 * diacritics and letter variants; Tifinagh as typed.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const query = (req.searchParams.get('q') ?? '').slice(0, 200)
    const locale = req.searchParams.get('locale') ?? 'fr'
    if (!isContentLocale(locale)) throw new APIError(`Unknown locale "${locale}".`, 400, null, true)
    const terms = searchTerms(query)
    if (terms.length === 0) throw new APIError('Say what to search for with ?q=.', 400, null, true)
    // One after the other on one request (never parallel operations on a request that may carry a transaction).
    const hits: Awaited<ReturnType<typeof searchIn>> = []
    for (const target of searched) hits.push(...(await searchIn(req, locale, terms, target)))
    hits.sort((a, b) => b.score - a.score)
    return Response.json({ query, locale, terms, results: hits.slice(0, MAX_RESULTS) }, { headers: { 'Content-Language': locale } })
  },
}
