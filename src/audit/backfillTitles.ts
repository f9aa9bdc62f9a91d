import type { Payload, PayloadRequest } from 'payload'
import { titleOf } from './record'

/**
 * Audit entries written before entries carried their document's title get it from the document as it is now (or
 * stay untitled when it is gone). Written through the database adapter: the audit trail refuses every change made
 * through Payload, and this is the one a migration makes, once, to what the entries should always have had.
 */
export async function backfillAuditTitles(payload: Payload, req: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({ collection: 'audit-log', where: { documentTitle: { exists: false } }, depth: 0, pagination: false, overrideAccess: true, req })
  let filled = 0
  for (const entry of docs) {
    const title = await titleOf(req, entry.targetCollection, entry.documentId)
    if (!title) continue
    await payload.db.updateOne({ collection: 'audit-log', where: { id: { equals: entry.id } }, data: { documentTitle: title }, req })
    filled++
  }
  return filled
}
