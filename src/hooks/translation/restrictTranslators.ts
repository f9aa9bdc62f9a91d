import { APIError, type CollectionBeforeChangeHook, type Field } from 'payload'
import { roleOf } from '../../access/roles'
import type { User } from '../../payload-types'

type Data = Record<string, unknown>

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The paths of non-localized fields whose value `data` changes from `original`. */
function changedSharedFields(fields: Field[], data: Data, original: Data, prefix = ''): string[] {
  const changed: string[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const nested = 'name' in tab && tab.name
        changed.push(...changedSharedFields(tab.fields, nested ? ((data[tab.name] ?? {}) as Data) : data, nested ? ((original[tab.name] ?? {}) as Data) : original, nested ? `${prefix}${tab.name}.` : prefix))
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) changed.push(...changedSharedFields(field.fields, data, original, prefix))
      continue
    }
    if (field.type === 'ui' || !(field.name in data) || field.localized || field.virtual) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'group') {
      changed.push(...changedSharedFields(field.fields, (data[field.name] ?? {}) as Data, (original[field.name] ?? {}) as Data, `${path}.`))
    } else if (field.type === 'array') {
      const rows = (data[field.name] ?? []) as Data[]
      const before = (original[field.name] ?? []) as Data[]
      if (rows.length !== before.length) changed.push(path)
      else rows.forEach((row, index) => changed.push(...changedSharedFields(field.fields, row, before[index] ?? {}, `${path}.${index}.`)))
    } else if (!['id', 'updatedAt', 'createdAt', '_status'].includes(field.name) && !same(data[field.name], original[field.name])) {
      changed.push(path)
    }
  }
  return changed
}

const refuse = (message: string, rule: string) => new APIError(message, 403, { rule }, true)

/**
 * Translators write translations: only localized fields, only in the locales assigned to them, on every path
 * (REST `?locale=`, GraphQL `locale:`, the Local API). They never publish; the workflow sees to that.
 */
export const restrictTranslators: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (roleOf(req.user) !== 'translator') return data
  if (operation !== 'update') throw refuse('Translators translate existing documents; they do not create them.', 'translation: translators update only')
  const assigned = ((req.user as User).translatorLocales ?? []) as string[]
  const locale = req.locale
  if (!locale || locale === 'all' || !assigned.includes(locale)) {
    throw refuse(
      `You may write only in your assigned locales (${assigned.join(', ') || 'none yet'}), not in "${locale ?? 'none'}".`,
      `translation: locale ${locale ?? 'none'} not assigned`,
    )
  }
  const changed = changedSharedFields(collection.fields, data as Data, (originalDoc ?? {}) as Data)
  if (changed.length > 0) {
    throw refuse(
      `Translators change only translated text; these fields are shared by every language: ${changed.join(', ')}.`,
      'translation: localized fields only',
    )
  }
  return data
}
