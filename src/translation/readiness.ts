import { APIError, type PayloadRequest } from 'payload'
import { type ContentLocale, contentLocales, isContentLocale } from '../localization'
import type { WorkflowCollection } from '../workflow/fire'
import { SOURCE_LOCALE, type TranslationRecord, translationStateOf } from './fingerprint'
import { requestCopy } from '../requestCopy'

/** What the newsroom asks when nobody has changed the site settings: articles go out in French and Arabic. */
export const DEFAULT_REQUIRED_LOCALES: Record<WorkflowCollection, ContentLocale[]> = {
  articles: ['fr', 'ar'],
  'launch-events': ['fr'],
}

const SETTING: Record<WorkflowCollection, 'articles' | 'launchEvents'> = { articles: 'articles', 'launch-events': 'launchEvents' }

type AllLocalesDoc = Record<string, unknown> & {
  sourceFingerprint?: string | null
  translation?: Partial<Record<string, TranslationRecord | null>> | null
}

/** The locales that must be ready before a document of this collection is published: site settings (an emptied list asks for none), else the default. */
export async function requiredLocales(req: PayloadRequest, collection: WorkflowCollection): Promise<ContentLocale[]> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req: requestCopy(req), overrideAccess: true })
  const configured = (settings.translationRules as Record<string, unknown> | undefined)?.[SETTING[collection]]
  return Array.isArray(configured) ? configured.filter(isContentLocale) : DEFAULT_REQUIRED_LOCALES[collection]
}

/** The state of one locale's translation in a document read in every locale, outdated included. */
export function translationStateIn(doc: AllLocalesDoc, locale: string): string {
  return locale === SOURCE_LOCALE ? 'source' : translationStateOf(doc.translation?.[locale], doc.sourceFingerprint)
}

const localeName = (code: string) => contentLocales.find((locale) => locale.code === code)?.label ?? code

/**
 * The readiness rule: a document goes live only when each required locale is done and not outdated (the source
 * locale is the text itself, always ready). The refusal names each locale and where it stands.
 */
export async function assertTranslationsReady(req: PayloadRequest, collection: string, doc: AllLocalesDoc): Promise<void> {
  if (collection !== 'articles' && collection !== 'launch-events') return
  const required = await requiredLocales(req, collection)
  const behind = required
    .map((locale) => ({ locale, state: translationStateIn(doc, locale) }))
    .filter(({ state }) => state !== 'source' && state !== 'done')
  if (behind.length === 0) return
  const named = behind.map(({ locale, state }) => `${localeName(locale)} (${locale}): ${state}`).join('; ')
  throw new APIError(
    `This document cannot be published until its required translations are done: ${named}.`,
    409,
    { rule: 'translation: required locales done', locales: behind.map(({ locale }) => locale), states: Object.fromEntries(behind.map(({ locale, state }) => [locale, state])) },
    true,
  )
}
