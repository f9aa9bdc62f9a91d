import { createHash } from 'node:crypto'
import { defaultLocale } from '../contentLocales'
import { valueAt } from './paths'

/** The localized fields whose source text a translation renders, per collection. */
export const TRANSLATED_FIELDS: Record<string, string[]> = {
  articles: ['title', 'standfirst', 'body', 'tags', 'hero.caption'],
  'launch-events': ['title', 'summary', 'body'],
  quotes: ['text'],
}

/** Translations are made from the newsroom's default locale: one declaration (src/contentLocales.ts). */
export const SOURCE_LOCALE = defaultLocale

/** What a translator says of their translation; "outdated" is computed on top (done, from an older source text). */
export const TYPED_TRANSLATION_STATES = ['missing', 'in-progress', 'in-review', 'done'] as const
export const TRANSLATION_STATES = [...TYPED_TRANSLATION_STATES, 'outdated'] as const

export { valueAt }

/** No value, an empty list and an empty string say the same thing: none of them may make a translation outdated. */
const meaningful = (value: unknown): unknown =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? null : value

/** A digest of what the source says: when it changes, translations marked done become outdated. */
export function sourceFingerprint(collection: string, doc: Record<string, unknown>): string {
  const fields = TRANSLATED_FIELDS[collection] ?? []
  const hash = createHash('sha256')
  for (const field of fields) hash.update(field).update(JSON.stringify(meaningful(valueAt(doc, field)) ?? null))
  return hash.digest('hex').slice(0, 32)
}

export type TranslationRecord = { status?: string | null; fingerprintAtDone?: string | null }

/** missing, in-progress, in-review, done or outdated: "outdated" is computed (done, but from another source text). */
export function translationStateOf(record: TranslationRecord | null | undefined, currentSourceFingerprint: string | null | undefined): string {
  if (!record?.status) return 'missing'
  if (record.status === 'done' && record.fingerprintAtDone !== currentSourceFingerprint) return 'outdated'
  return record.status
}
