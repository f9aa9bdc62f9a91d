import { APIError, type PayloadRequest } from 'payload'
import { roleOf } from '../../access/roles'
import { contentLocales, isContentLocale } from '../../localization'
import type { User } from '../../payload-types'
import { inTransaction } from '../../workflow/endpoints'
import { SOURCE_LOCALE } from '../fingerprint'
import { buildXliff, parseXliff, XliffError } from './format'
import { checkInline, type Inline, translatedValues, unitsOf, wordsOf } from './units'
import { requestCopy } from '../../requestCopy'

export const XLIFF_COLLECTIONS = ['articles', 'launch-events'] as const
export type XliffCollection = (typeof XLIFF_COLLECTIONS)[number]
export type DocumentRef = { collection: XliffCollection; id: number | string }

const refused = (status: number, message: string, rule: string, extra: Record<string, unknown> = {}) =>
  new APIError(message, status, { rule, ...extra }, true)

const fileId = (ref: DocumentRef) => `${ref.collection}:${ref.id}`

/** `articles:12` → the document it names, or undefined for anything else. */
export function parseDocumentRef(value: string): DocumentRef | undefined {
  const [collection, id, ...rest] = value.split(':')
  if (rest.length > 0 || !id || !(XLIFF_COLLECTIONS as readonly string[]).includes(collection ?? '')) return undefined
  return { collection: collection as XliffCollection, id: /^\d+$/.test(id) ? Number(id) : id }
}

/** Staff only; a translator only towards the locales assigned to them. */
function assertMayTranslateInto(req: PayloadRequest, target: string): void {
  const role = roleOf(req.user)
  if (!role) throw refused(401, 'Sign in to exchange translation files.', 'xliff: staff only')
  if (role !== 'translator') return
  const assigned = ((req.user as User).translatorLocales ?? []) as string[]
  if (!assigned.includes(target)) {
    throw refused(403, `You may translate only into your assigned locales (${assigned.join(', ') || 'none yet'}), not "${target}".`, `translation: locale ${target} not assigned`)
  }
}

function assertLocales(source: unknown, target: unknown): asserts source is string {
  if (!isContentLocale(source)) throw refused(400, `Unknown source locale "${String(source)}".`, 'xliff: locales')
  if (!isContentLocale(target)) throw refused(400, `Unknown target locale "${String(target)}". Known: ${contentLocales.map((l) => l.code).join(', ')}.`, 'xliff: locales')
  if (source === target) throw refused(400, 'The source and target locales must differ.', 'xliff: locales')
}

async function readSource(req: PayloadRequest, ref: DocumentRef, source: string) {
  return (await req.payload.findByID({
    collection: ref.collection,
    id: ref.id,
    locale: source as 'fr',
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req: requestCopy(req),
  })) as (Record<string, unknown> & { sourceFingerprint?: string | null }) | null
}

/** XLIFF 2.0 for one document or a selection, from `source` (French by default) into `target`. */
export async function exportXliff(req: PayloadRequest, refs: DocumentRef[], target: string, source: string = SOURCE_LOCALE): Promise<string> {
  assertLocales(source, target)
  assertMayTranslateInto(req, target)
  if (refs.length === 0) throw refused(400, 'Name at least one document to export.', 'xliff: documents')
  const files = []
  for (const ref of refs) {
    const doc = await readSource(req, ref, source)
    if (!doc) throw refused(404, `No ${ref.collection} document ${ref.id} that you may read.`, 'xliff: documents')
    files.push({ id: fileId(ref), sourceFingerprint: source === SOURCE_LOCALE ? doc.sourceFingerprint : undefined, units: unitsOf(ref.collection, doc) })
  }
  return buildXliff(source, target, files)
}

type Planned = { ref: DocumentRef; data: Record<string, unknown>; units: number }

/** Turns `{ 'hero.caption': x }` into `{ hero: { ...current hero, caption: x } }`: shared group fields stay as they are. */
function nest(values: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [path, value] of Object.entries(values)) {
    const [head, ...rest] = path.split('.') as [string, ...string[]]
    if (rest.length === 0) data[head] = value
    else data[head] = { ...((current[head] as object | undefined) ?? {}), ...((data[head] as object | undefined) ?? {}), [rest.join('.')]: value }
  }
  return data
}

/**
 * Imports a translated XLIFF 2.0 file: everything is checked before anything is written (well-formed XML without
 * DTD, locales the user may write, known documents and units, every unit translated, inline codes the source has,
 * French source unchanged since the export), then every document is written in one transaction, in draft, with its
 * translation status set to "in review".
 */
export async function importXliff(req: PayloadRequest, xml: string): Promise<{ locale: string; documents: Array<{ collection: string; id: number | string; units: number }> }> {
  if (!roleOf(req.user)) throw refused(401, 'Sign in to exchange translation files.', 'xliff: staff only')
  let parsed
  try {
    parsed = parseXliff(xml)
  } catch (error) {
    if (error instanceof XliffError) throw refused(400, error.message, 'xliff: well-formed')
    throw error
  }
  const { srcLang: source, trgLang: target } = parsed
  assertLocales(source, target)
  assertMayTranslateInto(req, target)
  if (parsed.files.length === 0) throw refused(400, 'The file holds no <file> element: nothing to import.', 'xliff: documents')

  const plans: Planned[] = []
  for (const file of parsed.files) {
    const ref = parseDocumentRef(file.id)
    if (!ref) throw refused(400, `File "${file.id}" does not name a document of this newsroom (expected articles:<id> or launch-events:<id>).`, 'xliff: documents')
    const doc = await readSource(req, ref, source)
    if (!doc) throw refused(400, `File "${file.id}": no such document that you may read.`, 'xliff: documents')
    if (file.sourceFingerprint && source === SOURCE_LOCALE && file.sourceFingerprint !== doc.sourceFingerprint) {
      throw refused(409, `File "${file.id}": the French text changed after this file was exported; export it again.`, 'xliff: source changed')
    }
    const units = unitsOf(ref.collection, doc)
    const known = new Map(units.map((unit) => [unit.id, unit]))
    const unknown = [...file.units.keys()].filter((id) => !known.has(id))
    if (unknown.length > 0) throw refused(400, `File "${file.id}": unknown units ${unknown.map((id) => `"${id}"`).join(', ')}.`, 'xliff: unknown unit', { units: unknown })
    const untranslated = units.filter((unit) => {
      const target = file.units.get(unit.id)?.target
      return !target || !wordsOf(target).trim()
    })
    if (untranslated.length > 0) {
      throw refused(400, `File "${file.id}" is partial: ${untranslated.length} of ${units.length} units have no translation (${untranslated.slice(0, 5).map((unit) => unit.id).join(', ')}${untranslated.length > 5 ? ', …' : ''}).`, 'xliff: partial file', { units: untranslated.map((unit) => unit.id) })
    }
    const translations = new Map<string, Inline[]>()
    for (const unit of units) {
      const content = file.units.get(unit.id)?.target as Inline[]
      const problem = checkInline(unit, content)
      if (problem) throw refused(400, `File "${file.id}": ${problem}.`, 'xliff: inline codes')
      translations.set(unit.id, content)
    }
    const direction = contentLocales.find((locale) => locale.code === target && 'rtl' in locale) ? 'rtl' : 'ltr'
    const current = (await req.payload.findByID({ collection: ref.collection, id: ref.id, locale: target as 'fr', draft: true, depth: 0, overrideAccess: true, req: requestCopy(req) })) as unknown as Record<string, unknown>
    const data = nest(translatedValues(ref.collection, doc, translations, direction), current)
    plans.push({ ref, data: { ...data, translation: { status: 'in-review' } }, units: units.length })
  }

  await inTransaction(req, async () => {
    for (const plan of plans) {
      await req.payload.update({ collection: plan.ref.collection, id: plan.ref.id, locale: target as 'fr', data: plan.data as never, draft: true, overrideAccess: false, req })
    }
  })
  return { locale: target, documents: plans.map((plan) => ({ collection: plan.ref.collection, id: plan.ref.id, units: plan.units })) }
}
