import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { ConfigurationError } from './env'
import { migrations } from './migrations'
import { migrations as mongoMigrations } from './migrations/mongodb'
import { projectRoot } from './paths'
import { indexChildTables } from './sqliteIndexes'
import { queueSqliteWrites } from './sqliteWrites'

export const DEFAULT_SQLITE_FILE = path.join(projectRoot, '.data', 'newsroom.db')
export const migrationDir = path.join(projectRoot, 'src', 'migrations')
/** MongoDB's own: `npm run migrate:create` writes to the folder of the database it is pointed at. */
export const mongoMigrationDir = path.join(migrationDir, 'mongodb')

/** How long a MongoDB connection attempt may take before the start fails, instead of mongoose's 30 s. */
export const MONGODB_CONNECT_TIMEOUT_MS = 5_000

/**
 * The test lane's MongoDB stand-in, FerretDB v1 (MONGODB_COMPATIBILITY=ferretdb): no transactions, no `$lookup`
 * pipelines, no index hints. Never for production (docs/database.md).
 */
const FERRETDB_STAND_IN = {
  transactionOptions: false,
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
  disableIndexHints: true,
} as const

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string; url: string }
  | { kind: 'mongodb'; url: string; host: string }

const ACCEPTED =
  'Accepted: no DATABASE_URI (embedded SQLite in .data/newsroom.db), file:<path> (SQLite elsewhere), ' +
  'mongodb://… or mongodb+srv://… (MongoDB).'

/** Reads DATABASE_URI and says which database it names, refusing anything else with what is accepted. */
export function databaseTarget(uri: string | undefined = process.env.DATABASE_URI): DatabaseTarget {
  const value = uri?.trim()
  if (!value) return sqliteTarget(DEFAULT_SQLITE_FILE)
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value, host: mongoHost(value) }
  }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (!file) throw new ConfigurationError(`DATABASE_URI "file:" names no file. ${ACCEPTED}`)
    if (file === ':memory:') return { kind: 'sqlite', file, url: value }
    return sqliteTarget(path.resolve(projectRoot, file))
  }
  const scheme = value.includes(':') ? `${value.split(':')[0]}:` : value
  throw new ConfigurationError(`DATABASE_URI uses an unsupported scheme "${scheme}". ${ACCEPTED}`)
}

function sqliteTarget(file: string): DatabaseTarget {
  return { kind: 'sqlite', file, url: `file:${file}` }
}

/** The host part of a MongoDB URI, without credentials, for error messages. */
export function mongoHost(uri: string): string {
  const afterScheme = uri.replace(/^mongodb(\+srv)?:\/\//, '')
  const authority = afterScheme.split(/[/?]/)[0] ?? ''
  return authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority
}

export function databaseAdapter(target: DatabaseTarget = databaseTarget()): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: {
        serverSelectionTimeoutMS: MONGODB_CONNECT_TIMEOUT_MS,
        connectTimeoutMS: MONGODB_CONNECT_TIMEOUT_MS,
      },
      migrationDir: mongoMigrationDir,
      prodMigrations: mongoMigrations,
      ...(process.env.MONGODB_COMPATIBILITY === 'ferretdb' ? FERRETDB_STAND_IN : {}),
    })
  }
  if (target.file !== ':memory:') mkdirSync(path.dirname(target.file), { recursive: true })
  return queueSqliteWrites(
    sqliteAdapter({
      client: { url: target.url },
      // WAL lets readers and one writer work at once. No busy timeout: a writer that finds the lock taken must not
      // freeze the process while it waits; it waits asynchronously instead (src/sqliteWrites.ts).
      wal: target.file !== ':memory:',
      busyTimeout: 0,
      // Real transactions: a document is written whole (main, locale and version rows) or not at all.
      transactionOptions: {},
      migrationDir,
      prodMigrations: migrations,
      afterSchemaInit: [indexChildTables],
    }),
    target.file,
  )
}
