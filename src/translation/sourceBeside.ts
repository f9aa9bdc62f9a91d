import type { Field, SanitizedConfig } from 'payload'
import { TRANSLATED_FIELDS } from './fingerprint'

export const SOURCE_TEXT_COMPONENT = '/src/components/SourceText#SourceText'

function fieldAt(fields: Field[], path: string[]): Field | undefined {
  const [name, ...rest] = path
  for (const field of fields) {
    if ('name' in field && field.name === name) return rest.length === 0 ? field : 'fields' in field ? fieldAt(field.fields, rest) : undefined
    if (!('name' in field) && 'fields' in field) {
      const found = fieldAt(field.fields, path)
      if (found) return found
    }
  }
  return undefined
}

/**
 * Every field a translation renders (the translation fingerprint's list) shows its source text beneath it while the
 * screen shows another locale. Derived from that one list, so a newly translated field gets it too.
 */
export function showSourceBeside(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    for (const path of TRANSLATED_FIELDS[collection.slug] ?? []) {
      const field = fieldAt(collection.fields, path.split('.'))
      if (!field || !('admin' in field) || field.type === 'relationship') continue
      const admin = (field.admin ??= {}) as { components?: { afterInput?: unknown[] } }
      const components = (admin.components ??= {})
      components.afterInput = [...(components.afterInput ?? []), SOURCE_TEXT_COMPONENT]
    }
  }
  return config
}
