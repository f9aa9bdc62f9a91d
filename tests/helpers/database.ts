import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const testsRunOnMongo = (): boolean => process.env.NEWSROOM_TEST_DATABASE === 'mongodb'

/**
 * A DATABASE_URI for a brand-new, empty database: a temporary SQLite file, or a fresh database name on the
 * MongoDB that `npm run test:mongodb` provides.
 */
export function freshDatabaseURI(): string {
  if (!testsRunOnMongo()) {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-test-'))
    return `file:${path.join(dir, 'newsroom.db')}`
  }
  const base = process.env.NEWSROOM_TEST_MONGO_URI
  if (!base) throw new Error('MongoDB suites run through `npm run test:mongodb`, which provides the server.')
  const url = new URL(base)
  url.pathname = `/newsroom_test_${randomUUID().replaceAll('-', '')}`
  return url.toString()
}

/** An id well formed for this database that no document has: a number on SQLite, 24 hex digits on MongoDB. */
export const absentId = (): number | string => (testsRunOnMongo() ? 'ffffffffffffffffffffffff' : 999999)

/**
 * The migrations a database records as run, read straight from it (the database's own driver, not Payload): on
 * SQLite the `payload_migrations` table, on MongoDB the `payload-migrations` collection.
 */
export async function migrationsRecordedIn(databaseURI: string): Promise<string[]> {
  if (databaseURI.startsWith('mongodb')) {
    const { MongoClient } = await import('mongodb')
    const client = await MongoClient.connect(databaseURI)
    try {
      const docs = await client.db().collection('payload-migrations').find({}, { projection: { name: 1 } }).toArray()
      return docs.map((doc) => String(doc.name))
    } finally {
      await client.close()
    }
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: databaseURI })
  try {
    const { rows } = await client.execute('SELECT name FROM payload_migrations')
    return rows.map((row) => String(row.name))
  } finally {
    client.close()
  }
}
