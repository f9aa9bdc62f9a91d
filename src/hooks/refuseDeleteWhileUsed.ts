import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type PayloadRequest, type Where } from 'payload'
import { localeCodes } from '../localization'

/** A place where other documents point at the one being deleted. */
export type Usage = {
  collection: CollectionSlug
  field: string
  /** Only published documents count (drafts may be edited to drop the reference). */
  publishedOnly?: boolean
  /** The pointing field is localized: every locale is searched. */
  localized?: boolean
}

type UsedBy = { collection: string; id: number | string; title: string }

async function findUsers(req: PayloadRequest, id: number | string, usage: Usage): Promise<UsedBy[]> {
  const config = req.payload.collections[usage.collection].config
  const titleField = config.admin?.useAsTitle ?? 'id'
  const where: Where = {
    and: [{ [usage.field]: { in: [id] } }, ...(usage.publishedOnly ? [{ _status: { equals: 'published' } }] : [])],
  }
  const found = new Map<number | string, UsedBy>()
  for (const locale of usage.localized ? localeCodes : [undefined]) {
    const { docs } = await req.payload.find({
      collection: usage.collection,
      where,
      locale,
      depth: 0,
      limit: 20,
      pagination: false,
      req,
    })
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number | string }>) {
      // The first locale searched is the newsroom's default, so documents are named by their French title.
      if (!found.has(doc.id)) found.set(doc.id, { collection: usage.collection, id: doc.id, title: String(doc[titleField] ?? doc.id) })
    }
  }
  return [...found.values()]
}

/**
 * Refuses to delete a document that published content still shows (an official quoted in a live article, an
 * organisation in a live partner strip), naming those documents, so that nothing published breaks.
 */
export const refuseDeleteWhileUsed =
  (usages: Usage[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    // One after the other: the request may carry a transaction, which MongoDB does not share between parallel operations.
    const usedBy: Awaited<ReturnType<typeof findUsers>> = []
    for (const usage of usages) usedBy.push(...(await findUsers(req, id, usage)))
    if (usedBy.length === 0) return
    const names = usedBy.map((user) => `${user.collection} "${user.title}"`).join(', ')
    throw new APIError(
      `This document cannot be deleted: it is still used by ${names}. Remove it from them first.`,
      409,
      { usedBy },
      true,
    )
  }
