import { type CollectionBeforeChangeHook, type FlattenedField, type SanitizedConfig, ValidationError } from 'payload'

type Data = Record<string, unknown>
type Reference = { path: string; collection: string; ids: Set<string> }

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/** Every id a value holds: one, a list, or (written in every locale) one per locale. */
function idsIn(value: unknown, localized: boolean): string[] {
  if (localized && value && typeof value === 'object' && !Array.isArray(value) && !('id' in value)) {
    return Object.values(value).flatMap((entry) => idsIn(entry, false))
  }
  if (Array.isArray(value)) return value.map(idOf).filter((id): id is string => id !== undefined)
  const id = idOf(value)
  return id === undefined ? [] : [id]
}

/** The documents a write points at through its relationship and upload fields (groups included), new ones only. */
function newReferences(fields: FlattenedField[], data: Data, original: Data, prefix = ''): Reference[] {
  const found: Reference[] = []
  for (const field of fields) {
    if (!(field.name in data)) continue
    const path = `${prefix}${field.name}`
    if ((field.type === 'group' || field.type === 'tab') && data[field.name] && typeof data[field.name] === 'object') {
      found.push(...newReferences(field.flattenedFields, data[field.name] as Data, (original[field.name] ?? {}) as Data, `${path}.`))
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const localized = Boolean(field.localized)
      const known = new Set(idsIn(original[field.name], localized))
      const ids = new Set(idsIn(data[field.name], localized).filter((id) => !known.has(id)))
      if (ids.size > 0) found.push({ path, collection: field.relationTo, ids })
    }
  }
  return found
}

/**
 * A relationship must point at a document that exists. SQLite's foreign keys would refuse a dangling one late and
 * vaguely; MongoDB would store it. Checked here for every collection, naming the field and the missing ids.
 */
const refuseDanglingReferences: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (!data || (operation !== 'create' && operation !== 'update')) return data
  const errors: Array<{ path: string; message: string }> = []
  for (const reference of newReferences(collection.flattenedFields, data as Data, (originalDoc ?? {}) as Data)) {
    const ids = [...reference.ids]
    const { docs } = await req.payload.find({
      collection: reference.collection as 'articles',
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      draft: true,
      select: {},
      overrideAccess: true,
      req,
    })
    const existing = new Set(docs.map((doc) => String(doc.id)))
    const missing = ids.filter((id) => !existing.has(id))
    if (missing.length > 0) errors.push({ path: reference.path, message: `No ${reference.collection} document has the id ${missing.join(', ')}.` })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}

/**
 * Adds the check to every collection of ours (Payload's own keep theirs), after their own rules: who may change
 * what is answered first (403), whether what they sent holds together after (400).
 */
export function refuseDanglingRelationships(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), refuseDanglingReferences]
  }
  return config
}
