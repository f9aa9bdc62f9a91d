import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type SanitizedConfig,
} from 'payload'
import { defaultLocale } from '../localization'

type Data = Record<string, unknown>
type Split = { shared: Data; perLocale: Record<string, Data> }

const WRITES_EACH_LOCALE = 'writesEachLocale'

const refuse = (message: string) => new APIError(message, 400, null, true)
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

function put(target: Data, path: string[], value: unknown): void {
  let node = target
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Data
  node[path[path.length - 1] as string] = value
}

/**
 * Splits a write sent in every locale at once into the fields every locale shares and, per locale, the
 * translated values: `{ title: { fr, ar }, section }` gives shared `{ section }`, fr `{ title }`, ar `{ title }`.
 */
function splitByLocale(fields: FlattenedField[], data: Data, locales: Set<string>, split: Split, path: string[] = []): void {
  for (const [name, value] of Object.entries(data)) {
    const field = fields.find((candidate) => candidate.name === name)
    const here = [...path, name]
    if (field && 'localized' in field && field.localized) {
      if (!isObject(value) || Object.keys(value).some((key) => !locales.has(key))) {
        throw refuse(`With locale=all, "${here.join('.')}" takes one value per language, such as {"fr": …, "ar": …}.`)
      }
      for (const [locale, localeValue] of Object.entries(value)) put((split.perLocale[locale] ??= {}), here, localeValue)
    } else if (field && (field.type === 'group' || field.type === 'tab') && isObject(value)) {
      splitByLocale(field.flattenedFields, value, locales, split, here)
    } else {
      put(split.shared, here, value)
    }
  }
}

/**
 * `PATCH ?locale=all` (and the Local API's `locale: 'all'`), which Payload does not write itself: each locale is
 * written by its own update, in the same transaction and with the same access, and the shared fields once, with
 * the source locale. A create is made in one locale; the query check refuses `locale=all` there.
 */
const writeEachLocale =
  (config: SanitizedConfig): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'update' || req.locale !== 'all' || !config.localization) return args
    const input = args as { id?: number | string; data?: Data; overrideAccess?: boolean; draft?: boolean; autosave?: boolean }
    if (input.id === undefined) throw refuse('locale=all writes one document at a time: PATCH /api/<collection>/<id>?locale=all.')
    const locales = new Set(config.localization.localeCodes)
    const split: Split = { shared: {}, perLocale: {} }
    splitByLocale(collection.flattenedFields, input.data ?? {}, locales, split)
    const first = split.perLocale[defaultLocale] ? defaultLocale : (Object.keys(split.perLocale)[0] ?? defaultLocale)
    for (const [locale, data] of Object.entries(split.perLocale)) {
      if (locale === first) continue
      await req.payload.update({
        collection: collection.slug as 'articles',
        id: input.id,
        data: data as never,
        locale: locale as 'fr',
        draft: input.draft,
        autosave: input.autosave,
        overrideAccess: input.overrideAccess ?? false,
        user: req.user,
        req: { ...req, locale } as never,
      })
    }
    req.locale = first as typeof req.locale
    req.context[WRITES_EACH_LOCALE] = true
    return { ...args, data: { ...split.shared, ...(split.perLocale[first] ?? {}) } }
  }

/** Answers a write in every locale with the document in every locale, as the caller asked. */
const answerInEveryLocale: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (operation !== 'updateByID' || !req.context[WRITES_EACH_LOCALE] || !result) return result
  const { id, draft, overrideAccess } = args as { id: number | string; draft?: boolean; overrideAccess?: boolean }
  return (await req.payload.findByID({
    collection: collection.slug as 'articles',
    id,
    locale: 'all',
    draft,
    depth: 0,
    overrideAccess: overrideAccess ?? false,
    user: req.user,
    req: { ...req, locale: 'all' } as never,
  })) as never
}

/** Adds writes in every locale to each collection that has translated fields. */
export function writeEveryLocaleAtOnce(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!collection.flattenedFields.some((field) => 'localized' in field && field.localized)) continue
    collection.hooks.beforeOperation = [writeEachLocale(config), ...(collection.hooks.beforeOperation ?? [])]
    collection.hooks.afterOperation = [...(collection.hooks.afterOperation ?? []), answerInEveryLocale]
  }
  return config
}
