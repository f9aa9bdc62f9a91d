import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { requestCopy } from '../requestCopy'

export const contentEvents = ['publish', 'update', 'unpublish', 'withdraw', 'delete'] as const
export type ContentEvent = (typeof contentEvents)[number]

type Doc = { id: number | string; _status?: string | null; workflowState?: string | null; slug?: unknown }

/** What happened to public content, if anything, between two versions of a document. */
export function eventBetween(before: Doc | undefined, after: Doc): ContentEvent | undefined {
  const wasLive = before?._status === 'published'
  const isLive = after._status === 'published'
  if (isLive && after.workflowState === 'withdrawn' && before?.workflowState !== 'withdrawn') return 'withdraw'
  if (isLive && !wasLive) return 'publish'
  if (!isLive && wasLive) return 'unpublish'
  if (isLive && wasLive) return 'update'
  return undefined
}

type EventBody = { event: ContentEvent; collection: string; id: string; locales: string[]; slugs: Record<string, string | null>; occurredAt: string }

/** One delivery job per active subscriber of this event. */
async function queueForSubscribers(req: PayloadRequest, body: EventBody): Promise<void> {
  const { docs: subscribers } = await req.payload.find({
    collection: 'webhook-subscriptions',
    where: { and: [{ active: { equals: true } }, { events: { contains: body.event } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const subscriber of subscribers) {
    await req.payload.jobs.queue({ task: 'deliverWebhook', input: { subscription: String(subscriber.id), body: JSON.stringify(body) }, req })
  }
}

async function announce(req: PayloadRequest, event: ContentEvent, collection: string, id: number | string): Promise<void> {
  const stored = await req.payload.findByID({
    collection: collection as 'articles',
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: requestCopy(req),
    select: { slug: true, liveLocales: true },
  })
  const allSlugs = (stored?.slug ?? {}) as unknown as Record<string, string | null>
  // A document is announced in the locales readers get it in: those live, when the collection publishes per locale.
  const live = (stored as { liveLocales?: string[] | null } | null)?.liveLocales
  const locales = Object.entries(allSlugs).filter(([locale, slug]) => slug && (!live || live.includes(locale))).map(([locale]) => locale)
  const slugs = Object.fromEntries(locales.map((locale) => [locale, allSlugs[locale] ?? null]))
  await queueForSubscribers(req, { event, collection, id: String(id), locales, slugs, occurredAt: new Date().toISOString() })
}

/** Tells subscribers when public content changes: published, updated while live, unpublished, withdrawn. */
export const announceContentChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (context.seeding) return doc
  const event = eventBetween(previousDoc as Doc | undefined, doc as Doc)
  if (event) await announce(req, event, collection.slug, doc.id)
  return doc
}

/** …and deleted (only documents that were public are announced). */
export const announceDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if ((doc as Doc)._status !== 'published') return
  await queueForSubscribers(req, { event: 'delete', collection: collection.slug, id: String(doc.id), locales: [], slugs: {}, occurredAt: new Date().toISOString() })
}
