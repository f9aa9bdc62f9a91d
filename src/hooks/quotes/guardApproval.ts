import type { CollectionBeforeChangeHook, FieldAccess } from 'payload'
import { isEditorOrAdmin } from '../../access/staff'
import type { Quote } from '../../payload-types'

/** Approval is the editors' word (on behalf of the official's office): nobody else sets or changes it. */
export const editorsSetApproval: FieldAccess = ({ req }) => isEditorOrAdmin(req.user)

const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
const sameDay = (a: unknown, b: unknown): boolean => String(a ?? '').slice(0, 10) === String(b ?? '').slice(0, 10)

/** The words as said, in the locale they were said in, whatever the shape of a write (one locale or all). */
function originalWords(text: unknown, originalLocale: string, writeLocale: string | undefined): unknown {
  if (writeLocale === 'all') return text && typeof text === 'object' ? (text as Record<string, unknown>)[originalLocale] : undefined
  return writeLocale === originalLocale ? text : undefined
}

/**
 * What was approved is these words, by this speaker, in this role, on this day. When anyone but an editor changes
 * one of them on an approved quote, the quote goes back to pending: it leaves the public side until it is approved
 * again. Translations of the words do not change what was said, so they keep the approval.
 */
export const reopenApprovalOnChange: CollectionBeforeChangeHook<Quote> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || originalDoc.approvalStatus !== 'approved' || isEditorOrAdmin(req.user)) return data
  const locale = originalDoc.originalLocale
  const words = originalWords(data.text, locale, req.locale ?? undefined)
  const changed =
    (words !== undefined && words !== originalDoc.text) ||
    (data.speaker !== undefined && String(idOf(data.speaker)) !== String(idOf(originalDoc.speaker))) ||
    (data.appointment !== undefined && String(idOf(data.appointment)) !== String(idOf(originalDoc.appointment))) ||
    (data.saidOn !== undefined && !sameDay(data.saidOn, originalDoc.saidOn)) ||
    (data.originalLocale !== undefined && data.originalLocale !== locale)
  return changed ? { ...data, approvalStatus: 'pending' } : data
}
