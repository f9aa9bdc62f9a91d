import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'
import { assertTranslationsReady } from '../translation/readiness'
import { requestCopy } from '../requestCopy'

type Id = number | string
type PerLocale<T> = T | Record<string, T>

const idsOf = (value: PerLocale<unknown[] | null | undefined>): Id[] => {
  if (Array.isArray(value)) return value.map((entry) => (typeof entry === 'object' && entry ? (entry as { id: Id }).id : (entry as Id)))
  if (value && typeof value === 'object') return Object.values(value).flatMap((entry) => idsOf(entry as unknown[]))
  return []
}

/**
 * A document may go live only when every quote it embeds (in any locale) is approved by the official's office.
 * The refusal names the quotes.
 */
export async function assertQuotesApproved(req: PayloadRequest, collection: CollectionSlug, doc: Record<string, unknown>): Promise<void> {
  if (collection !== 'articles') return
  const quoteIds = [...new Set(idsOf(doc.embeddedQuotes as PerLocale<unknown[]>))]
  if (quoteIds.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'quotes',
    where: { and: [{ id: { in: quoteIds } }, { approvalStatus: { not_equals: 'approved' } }] },
    depth: 0,
    pagination: false,
    locale: 'fr',
    // A copy: a Local API call with a locale sets it on the request, and the caller (a correction saved in Arabic,
    // say) would then go on writing in French.
    req: requestCopy(req),
  })
  if (docs.length === 0) return
  const named = docs.map((quote) => `"${String(quote.text).slice(0, 60)}" (${quote.approvalStatus})`).join(', ')
  throw new APIError(
    `This document cannot be published: it embeds quotes not approved by the official's office: ${named}.`,
    409,
    { rule: 'workflow.quotes: approved only', quotes: docs.map((quote) => quote.id) },
    true,
  )
}

/**
 * Everything a document read in every locale needs before it goes live (a transition, a schedule, a release):
 * approved quotes and its required translations done. Corrections to content already live check quotes only.
 */
export async function assertPublishable(req: PayloadRequest, collection: CollectionSlug, doc: Record<string, unknown>): Promise<void> {
  await assertQuotesApproved(req, collection, doc)
  await assertTranslationsReady(req, collection, doc)
}
