import type { PayloadRequest } from 'payload'

export const auditActions = [
  'create',
  'update',
  'submit',
  'approve',
  'reject',
  'publish',
  'forcePublish',
  'schedule',
  'scheduledPublish',
  'scheduledUnpublish',
  'withdraw',
  'unpublish',
  'delete',
  'roleChange',
  'releasePublish',
  'releaseFail',
  'returnToReview',
] as const
export type AuditAction = (typeof auditActions)[number]

export type AuditEntry = {
  action: AuditAction
  collection: string
  documentId: number | string
  locale?: string | null
  details?: Record<string, unknown>
}

/**
 * Appends an entry to the audit trail, in the same transaction as the change it records. Entries are written
 * only from here, with `context.audit`, which the audit collection demands.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: entry.action,
      targetCollection: entry.collection,
      documentId: String(entry.documentId),
      locale: entry.locale ?? req.locale ?? null,
      user: req.user && req.user.collection === 'users' ? req.user.id : null,
      details: entry.details ?? null,
    },
    context: { audit: true },
    req,
    overrideAccess: true,
  })
}
