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
