import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'
import { testsRunOnMongo } from './helpers/database'
import { needsRealMongo } from './helpers/lanes'
import { ObjectId } from 'mongodb'
import { type SeededNewsroom, seededNewsroom } from './helpers/seeded'

type Statement = { sql: string; args?: unknown }
type LibsqlClient = { execute: (statement: string | Statement) => Promise<{ rows: Array<Record<string, unknown>> }> }

let newsroom: SeededNewsroom
let client: LibsqlClient
let childTables: Set<string>
const recorded: Statement[] = []

const describeOnSqlite = testsRunOnMongo() ? describe.skip : describe

/** Records every statement the adapter sends while `work` runs; the statements still run for real. */
async function statementsOf(work: () => Promise<unknown>): Promise<Statement[]> {
  recorded.length = 0
  await work()
  return recorded.filter((statement) => /^\s*select/i.test(statement.sql))
}

type PlanRow = { id: number; parent: number; detail: string }
const unquote = (name: string) => name.replaceAll('"', '').replaceAll('`', '')

/**
 * The child tables (locales, arrays, blocks, relationships) a statement reads by scanning them whole. Payload
 * wraps child reads in subqueries named after their table: SQLite runs those as co-routines and then scans the
 * co-routine's (already filtered) rows, which is not a scan of the table; only a scan inside is.
 */
async function childTableScans(statement: Statement): Promise<string[]> {
  const plan = await client.execute({ sql: `EXPLAIN QUERY PLAN ${statement.sql}`, args: statement.args as never })
  const rows = plan.rows.map((row) => ({ id: Number(row.id), parent: Number(row.parent), detail: String(row.detail) }) as PlanRow)
  // Plans name tables by their alias in the statement (`from "sections_locales" "sections__locales"`).
  const tableOf = new Map<string, string>()
  for (const [, table, alias] of statement.sql.matchAll(/(?:from|join)\s+"(\w+)"\s+"(\w+)"/gi)) {
    tableOf.set(alias as string, table as string)
  }
  const coroutines = new Map<string, number>()
  for (const row of rows) {
    const name = /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(row.detail)?.[1]
    if (name) coroutines.set(unquote(name), row.id)
  }
  return rows
    .map((row) => {
      const table = /^SCAN (\S+)/.exec(row.detail)?.[1]
      if (!table) return undefined
      const alias = unquote(table)
      const coroutine = coroutines.get(alias)
      const scansTheCoroutine = coroutine !== undefined && row.parent !== coroutine
      const name = tableOf.get(alias) ?? alias
      return childTables.has(name) && !scansTheCoroutine ? name : undefined
    })
    .filter((table): table is string => table !== undefined)
}

beforeAll(async () => {
  newsroom = await seededNewsroom()
  if (testsRunOnMongo()) return
  client = (newsroom.payload.db as unknown as { client: LibsqlClient }).client
  const tables = await client.execute("select name from sqlite_master where type = 'table'")
  childTables = new Set()
  for (const { name } of tables.rows) {
    const columns = await client.execute(`pragma table_info("${String(name)}")`)
    if (columns.rows.some((column) => column.name === '_parent_id' || column.name === 'parent_id')) childTables.add(String(name))
  }
  const execute = client.execute.bind(client)
  client.execute = (statement) => {
    recorded.push(typeof statement === 'string' ? { sql: statement } : statement)
    return execute(statement)
  }
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

const collections: CollectionSlug[] = [
  'articles',
  'launch-events',
  'quotes',
  'sections',
  'officials',
  'appointments',
  'organisations',
  'media',
  'logos',
  'users',
]

describeOnSqlite('SQLite query plans stay flat as the newsroom grows', () => {
  it('finds child tables to check', () => {
    expect(childTables.size).toBeGreaterThan(10)
  })

  it.each(collections)('reads a list of %s without scanning a child table', async (collection) => {
    const statements = await statementsOf(() => newsroom.payload.find({ collection, limit: 10, depth: 1, locale: 'ar', draft: true }))
    expect(statements.length).toBeGreaterThan(0)
    const scans = (await Promise.all(statements.map(childTableScans))).flat()
    expect(scans).toEqual([])
  })

  it.each(collections)('reads one %s by id without scanning a child table', async (collection) => {
    const { docs } = await newsroom.payload.find({ collection, limit: 1, depth: 0 })
    const id = docs[0]?.id
    if (id === undefined) throw new Error(`the seed left no ${collection} to read`)
    const statements = await statementsOf(() => newsroom.payload.findByID({ collection, id, depth: 2, locale: 'fr' }))
    const scans = (await Promise.all(statements.map(childTableScans))).flat()
    expect(scans).toEqual([])
  })
})

const describeOnMongo = testsRunOnMongo() ? describe : describe.skip
type IndexInfo = { key: Record<string, number> }
type MongoCollection = {
  indexes: () => Promise<IndexInfo[]>
  find: (filter: object) => { sort: (sort: object) => { limit: (n: number) => { explain: () => Promise<Record<string, unknown>> } } }
}
/** The native collection behind a Payload collection's model (named as the adapter names it). */
const mongoCollection = (slug: string) =>
  (newsroom.payload.db as unknown as { collections: Record<string, { collection: MongoCollection }> }).collections[slug]?.collection as MongoCollection

/** The keys of a collection's indexes, each as "field:direction,…", read from the server itself. */
const indexKeys = async (name: string) => (await mongoCollection(name).indexes()).map((index) => Object.entries(index.key).map(([field, direction]) => `${field}:${direction}`).join(','))

describeOnMongo('MongoDB indexes (the counterpart of the SQLite plans above)', () => {
  it.each([
    ['articles', ['publishedAt:1,createdAt:1', 'section:1,publishedAt:1', 'workflowState:1', 'slug.fr:1', 'slug.ar:1', 'slug.en:1', 'slug.zgh:1']],
    ['sections', ['slug.fr:1', 'slug.ar:1']],
    ['launch-events', ['startsAt:1']],
    ['audit-log', ['targetCollection:1', 'documentId:1', 'action:1', 'user:1']],
  ])('%s has the indexes its public and staff queries use', async (collection, expected) => {
    expect(await indexKeys(collection)).toEqual(expect.arrayContaining(expected))
  })

  needsRealMongo('FerretDB’s explain does not report MongoDB’s plan')('serves the public section list from an index, without sorting in memory', async () => {
    const plan = await mongoCollection('articles').find({ _status: 'published', section: new ObjectId(String(newsroom.sectionId)) }).sort({ publishedAt: -1 }).limit(10).explain()
    const text = JSON.stringify(plan)
    expect(text).toContain('IXSCAN')
    expect(text).not.toContain('"stage":"SORT"')
  })
})
