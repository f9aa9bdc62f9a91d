import type { JSONSchema4 } from 'json-schema'

/** An id as both databases give it: a number on SQLite, a 24-hex string on MongoDB. */
const EITHER_ID: JSONSchema4 = { type: ['number', 'string'] }

const isNumber = (node: unknown): boolean => Boolean(node && typeof node === 'object' && (node as JSONSchema4).type === 'number')

/** A reference typed as a number (or a number or null) also accepts a string. */
function eitherId(option: JSONSchema4): JSONSchema4 {
  if (isNumber(option)) return { ...EITHER_ID }
  if (Array.isArray(option.type) && option.type.includes('number') && !option.type.includes('string')) return { ...option, type: [...option.type, 'string'] }
  return option
}

/**
 * The exported types are generated from whichever database the generator ran on, and would promise numeric ids
 * (SQLite) to front ends that read MongoDB's strings. Every document id and every reference by id becomes
 * `number | string`, so typed code handles both.
 */
export function idsForBothDatabases({ jsonSchema }: { jsonSchema: JSONSchema4 }): JSONSchema4 {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(visit)
    const schema = node as JSONSchema4
    if (schema.properties && isNumber(schema.properties.id)) schema.properties.id = { ...EITHER_ID }
    // A relationship: the related document's id, or the document itself once populated.
    if (Array.isArray(schema.oneOf) && schema.oneOf.some((option) => typeof option.$ref === 'string')) {
      schema.oneOf = schema.oneOf.map(eitherId)
    }
    Object.values(schema).forEach(visit)
  }
  visit(jsonSchema)
  return jsonSchema
}
