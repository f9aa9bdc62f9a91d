import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { Table } from 'drizzle-orm'
import { index } from 'drizzle-orm/sqlite-core'

type Column = { name: string }
type IndexLike = { config?: { columns?: Column[] } }
type ExtraConfigBuilder = (columns: unknown) => Record<string, IndexLike> | IndexLike[]
type IndexColumns = Parameters<ReturnType<typeof index>['on']>

/** Columns by which Payload loads a document's child rows (locales, arrays, blocks, relationships). */
const PARENT_COLUMNS = ['_parent_id', 'parent_id'] as const
/** Child rows that keep an order are read `where parent = ? order by _order` (arrays, blocks) or `order`. */
const ORDER_COLUMNS = ['_order', 'order'] as const

// Drizzle keeps a table's columns and index builders behind symbols it marks internal.
const symbols = (Table as unknown as { Symbol: Record<string, symbol> }).Symbol

function columnNamed(table: object, names: readonly string[]): { key: string; name: string } | undefined {
  const columns = (table as Record<symbol, Record<string, Column>>)[symbols.Columns] ?? {}
  const entry = Object.entries(columns).find(([, column]) => names.includes(column.name))
  return entry ? { key: entry[0], name: entry[1].name } : undefined
}

/** The column lists of the table's existing indexes, as "a,b". */
function existingIndexes(table: object): Set<string> {
  const builder = (table as Record<symbol, ExtraConfigBuilder | undefined>)[symbols.ExtraConfigBuilder]
  if (!builder) return new Set()
  const built = builder((table as Record<symbol, unknown>)[symbols.ExtraConfigColumns])
  const indexes = Array.isArray(built) ? built : Object.values(built)
  return new Set(indexes.map((entry) => (entry?.config?.columns ?? []).map((column) => column.name).join(',')))
}

/**
 * The adapter reads child tables by parent id (and, for arrays and blocks, in their stored order), but indexes
 * them by (`_locale`, `_parent_id`) or by each column alone. Without statistics SQLite then scans a whole child
 * table, once per document read. This adds the index that serves the read as Payload issues it: (parent, order)
 * where rows are ordered, (parent) elsewhere. The pushed schema and generated migrations both carry it.
 */
export const indexChildTables: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [tableName, table] of Object.entries(schema.tables)) {
    const parent = columnNamed(table, PARENT_COLUMNS)
    if (!parent) continue
    const order = columnNamed(table, ORDER_COLUMNS)
    const wanted = order ? [parent, order] : [parent]
    const existing = existingIndexes(table)
    if (existing.has(wanted.map((column) => column.name).join(','))) continue
    const name = `${tableName}_parent_lookup_idx`
    extendTable({
      table,
      extraConfig: (columns: Record<string, IndexColumns[0]>) => ({
        [name]: index(name).on(...(wanted.map((column) => columns[column.key]) as IndexColumns)),
      }),
    })
  }
  return schema
}
