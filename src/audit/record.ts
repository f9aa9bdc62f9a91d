import type { PayloadRequest } from 'payload'
import { defaultLocale } from '../contentLocales'
import { requestCopy } from '../requestCopy'

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
  'discard',
  'roleChange',
  'invite',
  'releasePublish',
  'releaseFail',
  'returnToReview',
] as const
export type AuditAction = (typeof auditActions)[number]

/** The actions as the audit trail's readers name them. */
export const auditActionLabels: Record<AuditAction, Record<'en' | 'fr' | 'ar', string>> = {
  create: { en: 'Created', fr: 'Création', ar: 'إنشاء' },
  update: { en: 'Edited', fr: 'Modification', ar: 'تعديل' },
  submit: { en: 'Submitted for review', fr: 'Soumis à relecture', ar: 'تقديم للمراجعة' },
  approve: { en: 'Approved', fr: 'Approuvé', ar: 'مصادقة' },
  reject: { en: 'Sent back', fr: 'Renvoyé à l’auteur', ar: 'إرجاع إلى الكاتب' },
  publish: { en: 'Published', fr: 'Publié', ar: 'نشر' },
  forcePublish: { en: 'Published without review', fr: 'Publié sans relecture', ar: 'نشر دون مراجعة' },
  schedule: { en: 'Scheduled', fr: 'Programmé', ar: 'برمجة' },
  scheduledPublish: { en: 'Published on schedule', fr: 'Publié à l’heure prévue', ar: 'نشر في الموعد' },
  scheduledUnpublish: { en: 'Unpublished on schedule', fr: 'Dépublié à l’heure prévue', ar: 'إلغاء النشر في الموعد' },
  withdraw: { en: 'Withdrawn', fr: 'Retiré', ar: 'سحب' },
  unpublish: { en: 'Unpublished', fr: 'Dépublié', ar: 'إلغاء النشر' },
  delete: { en: 'Deleted', fr: 'Supprimé', ar: 'حذف' },
  discard: { en: 'Empty draft discarded', fr: 'Brouillon vide abandonné', ar: 'حذف مسودة فارغة' },
  roleChange: { en: 'Role changed', fr: 'Rôle modifié', ar: 'تغيير الدور' },
  invite: { en: 'Invited', fr: 'Invitation envoyée', ar: 'دعوة' },
  releasePublish: { en: 'Published by a release', fr: 'Publié par une publication coordonnée', ar: 'نشر ضمن نشر منسق' },
  releaseFail: { en: 'Release failed', fr: 'Publication coordonnée échouée', ar: 'فشل النشر المنسق' },
  returnToReview: { en: 'Back to review after a change', fr: 'Retour en relecture après modification', ar: 'عودة إلى المراجعة بعد تعديل' },
}

/** What a person reads to know which document an entry is about: its French title (a quote's words, a person's name). */
export async function titleOf(req: PayloadRequest, collection: string, id: number | string): Promise<string | null> {
  const doc = (await req.payload
    .findByID({ collection: collection as 'articles', id, depth: 0, locale: defaultLocale, draft: true, overrideAccess: true, disableErrors: true, req: requestCopy(req) })
    .catch(() => null)) as Record<string, unknown> | null
  const title = doc?.title ?? doc?.name ?? doc?.text ?? doc?.email
  return typeof title === 'string' ? title.slice(0, 200) : null
}

export type AuditEntry = {
  action: AuditAction
  collection: string
  documentId: number | string
  locale?: string | null
  details?: Record<string, unknown>
  /** Given when the document is gone (a deletion): otherwise read from it. */
  title?: string | null
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
      documentTitle: entry.title ?? (await titleOf(req, entry.collection, entry.documentId)),
      locale: entry.locale ?? req.locale ?? null,
      user: req.user && req.user.collection === 'users' ? req.user.id : null,
      details: entry.details ?? null,
    },
    context: { audit: true },
    req,
    overrideAccess: true,
  })
}
