import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { recordAudit } from '../../audit/record'

/** Records creations and edits; workflow transitions record themselves, autosaves and the seed are not edits. */
export const auditChanges: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  // An invitation link is recorded as the invitation itself.
  if (context.workflowTransition || context.seeding || context.audit || context.invitationLink) return doc
  if (req.query?.autosave === 'true') return doc
  await recordAudit(req, { action: operation, collection: collection.slug, documentId: doc.id })
  if (collection.slug === 'users' && operation === 'update' && previousDoc?.role !== doc.role) {
    await recordAudit(req, {
      action: 'roleChange',
      collection: 'users',
      documentId: doc.id,
      details: { from: previousDoc?.role, to: doc.role },
    })
  }
  return doc
}

export const auditDeletion: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
  const title = doc.title ?? doc.name ?? doc.text
  await recordAudit(req, { action: context.discardUntouched ? 'discard' : 'delete', collection: collection.slug, documentId: doc.id, title: typeof title === 'string' ? title : null })
}
