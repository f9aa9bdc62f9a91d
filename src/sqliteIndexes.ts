import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { Table } from 'drizzle-orm'
import { index } from 'drizzle-orm/sqlite-core'

type IndexLike = { config?: { columns?: Array<{ name?: string }> } }
type ExtraConfigBuilder = (columns: unknown) => Record<string, IndexLike> | IndexLike[]

/** Columns by which Payload loads a document's child rows (locales, arrays, blocks, relationships). */
const PARENT_COLUMNS = ['_parent_id', 'parent_id'] as const

// Drizzle keeps a table's columns and index builders behind symbols it marks internal.
const symbols = (Table as unknown as { Symbol: Record<string, symbol> }).Symbol

function parentColumnOf(table: object): { key: string; name: string } | undefined {
  const columns = (table as Record<symbol, Record<string, { name: string }>>)[symbols.Columns] ?? {}
  const entry = Object.entries(columns).find(([, column]) =>
    (PARENT_COLUMNS as readonly string[]).includes(column.name),
  )
  return entry ? { key: entry[0], name: entry[1].name } : undefined
}

function leadingIndexedColumns(table: object): Set<string> {
  const builder = (table as Record<symbol, ExtraConfigBuilder | undefined>)[symbols.ExtraConfigBuilder]
  const columns = (table as Record<symbol, unknown>)[symbols.ExtraConfigColumns]
  if (!builder) return new Set()
  const built = builder(columns)
  const indexes = Array.isArray(built) ? built : Object.values(built)
  return new Set(indexes.map((entry) => entry?.config?.columns?.[0]?.name).filter((name): name is string => !!name))
}

/**
 * The adapter indexes child tables by (`_locale`, `_parent_id`) but reads them by `_parent_id` alone, which makes
 * SQLite scan the whole child table once per document read. This adds an index led by the parent column wherever
 * none exists, so the pushed schema and generated migrations both carry it.
 */
export const indexChildTables: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [tableName, table] of Object.entries(schema.tables)) {
    const parent = parentColumnOf(table)
    if (!parent || leadingIndexedColumns(table).has(parent.name)) continue
    extendTable({
      table,
      extraConfig: (columns: Record<string, Parameters<ReturnType<typeof index>['on']>[0]>) => ({
        [`${tableName}_parent_lookup_idx`]: index(`${tableName}_parent_lookup_idx`).on(
          columns[parent.key],
        ),
      }),
    })
  }
  return schema
}
