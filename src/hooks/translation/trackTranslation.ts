import { APIError, type CollectionBeforeChangeHook, type FieldHook, type PayloadRequest, ValidationError } from 'payload'
import type { RichText } from '../../richText/walk'
import { type StructureDifference, structureDifference } from '../../translation/structure'
import { type AdminLanguage, requestLanguage } from '../../workflow/words'
import { SOURCE_LOCALE, sourceFingerprint, TRANSLATED_FIELDS, translationStateOf } from '../../translation/fingerprint'
import { requestCopy } from '../../requestCopy'

type Tracked = {
  sourceFingerprint?: string | null
  translation?: { status?: string | null; fingerprintAtDone?: string | null; doneAt?: string | null } | null
}

/** The source's body as it stands now (its latest draft), read without touching the request's locale. */
async function sourceBody(req: PayloadRequest, collection: 'articles' | 'launch-events', id: number | string): Promise<RichText> {
  const doc = await req.payload.findByID({ collection, id, locale: SOURCE_LOCALE, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true, req: requestCopy(req) })
  return (doc as { body?: RichText }).body
}

const missingCount = (difference: StructureDifference) => Math.abs(difference.source.length - difference.translation.length)

function structureRefusal(difference: StructureDifference, language: AdminLanguage): string {
  const { kind, source, translation } = difference
  const counts = `${translation.length} / ${source.length}`
  const messages = {
    blocks: {
      en: `The translation cannot be done yet: its body must keep the source's blocks (quotes, partners, events, images) in the same order; it has ${counts}${missingCount(difference) ? '' : ', in another order or pointing elsewhere'}. Start from the source's structure or add what is missing.`,
      fr: `La traduction ne peut pas être terminée : son corps doit garder les blocs de la source (citations, partenaires, événements, images) dans le même ordre ; elle en a ${counts}${missingCount(difference) ? '' : ', dans un autre ordre ou vers d’autres documents'}. Partez de la structure de la source ou ajoutez ce qui manque.`,
      ar: `لا يمكن إنهاء الترجمة بعد: يجب أن يحتفظ النص بكتل المصدر (التصريحات، الشركاء، الأحداث، الصور) بالترتيب نفسه؛ فيه ${counts}. انطلق من بنية المصدر أو أضف ما ينقص.`,
    },
    untranslated: {
      en: `The translation cannot be done yet: ${translation.length} passage(s) of its body are still the source's words, starting with "${translation[0]?.slice(0, 60)}".`,
      fr: `La traduction ne peut pas être terminée : ${translation.length} passage(s) du corps sont encore les mots de la source, à commencer par « ${translation[0]?.slice(0, 60)} ».`,
      ar: `لا يمكن إنهاء الترجمة بعد: ما زال ${translation.length} من مقاطع النص بكلمات المصدر، أولها «${translation[0]?.slice(0, 60)}».`,
    },
    links: {
      en: `The translation cannot be done yet: its body must link to the same places as the source (${counts} links match).`,
      fr: `La traduction ne peut pas être terminée : son corps doit mener aux mêmes liens que la source (${counts}).`,
      ar: `لا يمكن إنهاء الترجمة بعد: يجب أن يحيل النص إلى روابط المصدر نفسها (${counts}).`,
    },
  }
  return messages[kind][language]
}

/**
 * Keeps the source's fingerprint current when the source locale is saved, and stamps a translation marked done
 * with the fingerprint it was made from.
 */
export const trackTranslation: CollectionBeforeChangeHook<Tracked & { id: number | string; body?: RichText }> = async ({ collection, data, originalDoc, req }) => {
  const locale = req.locale
  const next = { ...data }
  if (locale === SOURCE_LOCALE) {
    next.sourceFingerprint = sourceFingerprint(collection.slug, { ...(originalDoc ?? {}), ...data } as Record<string, unknown>)
  }
  const requested = data.translation?.status
  if (requested === 'done') {
    if (locale === SOURCE_LOCALE) throw new APIError('The source locale is not a translation: it has no translation status.', 400, null, true)
    // Checked when a translation becomes done (an edit to one already done is judged when it is next marked done).
    if (originalDoc && originalDoc.translation?.status !== 'done' && TRANSLATED_FIELDS[collection.slug]?.includes('body')) {
      const source = await sourceBody(req, collection.slug as 'articles', originalDoc.id)
      const difference = structureDifference(source, ('body' in data ? data.body : originalDoc.body) as RichText)
      if (difference) throw new ValidationError({ errors: [{ path: 'translation.status', message: structureRefusal(difference, requestLanguage(req.headers)) }] })
    }
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
