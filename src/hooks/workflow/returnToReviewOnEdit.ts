import type { CollectionBeforeChangeHook } from 'payload'
import { recordAudit } from '../../audit/record'
import { PUBLICLY_VISIBLE_STATES, type WorkflowState } from '../../workflow/states'

type Doc = Record<string, unknown> & { id: number | string; workflowState?: string | null; editorial?: Record<string, unknown> | null }

/** What the workflow, the translation tracker and the search index keep about a document: not its content. */
const BOOKKEEPING = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'workflowState',
  'editorial',
  'translation',
  'translationState',
  'sourceFingerprint',
  'searchText',
  'liveLocales',
  'localeServed',
  'changeKind',
  'changeNote',
  'changeHistory',
  'withdrawal',
  'readingTime',
  'embeddedQuotes',
  'embeddedOrganisations',
  'embeddedEvents',
])

/**
 * A value as content: ids as text, and no difference between a field left out, null, empty text,
 * an empty list or an empty group (databases store "nothing" in each of these ways).
 */
function meaningful(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(meaningful)
  if (typeof value !== 'object') return value
  if (typeof (value as { toHexString?: unknown }).toHexString === 'function') return String(value)
  if (value instanceof Date) return value.toISOString()
  const entries = Object.entries(value)
    .map(([key, entry]) => [key, meaningful(entry)] as const)
    .filter(([, entry]) => entry !== null)
    .sort(([a], [b]) => a.localeCompare(b))
  return entries.length === 0 ? null : Object.fromEntries(entries)
}

const comparable = (value: unknown): string => JSON.stringify(meaningful(value))

/** The content fields this write changes, compared with the document as it was approved. */
export function changedContent(data: Partial<Doc>, original: Doc): string[] {
  return Object.keys(data).filter((key) => !BOOKKEEPING.has(key) && comparable(data[key]) !== comparable(original[key]))
}

/**
 * Four eyes hold for what is published, not for what was once approved: a change to an approved or scheduled
 * document sends it back to review, with whoever changed it as its submitter (so they cannot approve it
 * themselves), and a scheduled publication is called off. The change is recorded in the audit trail.
 */
export const returnToReviewOnEdit: CollectionBeforeChangeHook<Doc> = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || context.workflowTransition || context.seeding || !req.user || !originalDoc) return data
  const state = originalDoc.workflowState
  if (state !== 'approved' && state !== 'scheduled') return data
  const changed = changedContent(data, originalDoc)
  if (changed.length === 0) return data
  const now = new Date().toISOString()
  await recordAudit(req, {
    action: 'returnToReview',
    collection: collection.slug,
    documentId: originalDoc.id as number | string,
    details: { from: state, to: 'submitted', changed },
  })
  return {
    ...data,
    workflowState: 'submitted',
    editorial: { ...(originalDoc.editorial ?? {}), submittedBy: req.user.id, submittedAt: now, reviewedBy: null, publishAt: null, unpublishAt: null },
  }
}

/**
 * Who last changed the content of a live document: a major correction is published by another editor (four eyes).
 * Set on every save that changes content, autosaves included, since that is how the admin's edits arrive.
 */
export const recordCorrector: CollectionBeforeChangeHook<Doc> = ({ context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || context.workflowTransition || context.seeding || !req.user || !originalDoc) return data
  if (!PUBLICLY_VISIBLE_STATES.includes(originalDoc.workflowState as WorkflowState)) return data
  if (changedContent(data, originalDoc).length === 0) return data
  return { ...data, editorial: { ...(originalDoc.editorial ?? {}), ...(data.editorial ?? {}), correctedBy: req.user.id } }
}
