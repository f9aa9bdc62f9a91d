import { APIError, type CollectionBeforeChangeHook, type FieldHook } from 'payload'
import { SOURCE_LOCALE, sourceFingerprint, translationStateOf } from '../../translation/fingerprint'

type Tracked = {
  sourceFingerprint?: string | null
  translation?: { status?: string | null; fingerprintAtDone?: string | null; doneAt?: string | null } | null
}

/**
 * Keeps the source's fingerprint current when the source locale is saved, and stamps a translation marked done
 * with the fingerprint it was made from.
 */
export const trackTranslation: CollectionBeforeChangeHook<Tracked & { id: number | string }> = ({ collection, data, originalDoc, req }) => {
  const locale = req.locale
  const next = { ...data }
  if (locale === SOURCE_LOCALE) {
    next.sourceFingerprint = sourceFingerprint(collection.slug, { ...(originalDoc ?? {}), ...data } as Record<string, unknown>)
  }
  const requested = data.translation?.status
  if (requested === 'done') {
    if (locale === SOURCE_LOCALE) throw new APIError('The source locale is not a translation: it has no translation status.', 400, null, true)
    const wasDone = originalDoc?.translation?.status === 'done'
    const fingerprint = next.sourceFingerprint ?? originalDoc?.sourceFingerprint ?? null
    next.translation = {
      ...data.translation,
      fingerprintAtDone: wasDone && !data.translation?.fingerprintAtDone ? (originalDoc?.translation?.fingerprintAtDone ?? fingerprint) : fingerprint,
      doneAt: new Date().toISOString(),
    }
  }
  return next
}

/** missing, in-progress, in-review, done or outdated: "outdated" is computed, never typed. */
export const translationState: FieldHook = ({ data, req }) => {
  const doc = (data ?? {}) as Tracked
  return req.locale === SOURCE_LOCALE ? 'source' : translationStateOf(doc.translation, doc.sourceFingerprint)
}
