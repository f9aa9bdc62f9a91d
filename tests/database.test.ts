import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { testsRunOnMongo } from './helpers/database'
import { newsroomOnFreshDatabase } from './helpers/payload'

type Client = { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }
let payload: Payload

beforeAll(async () => {
  payload = await newsroomOnFreshDatabase()
})

afterAll(async () => {
  await payload.destroy()
})

const describeOnSqlite = testsRunOnMongo() ? describe.skip : describe

describeOnSqlite('the embedded database', () => {
  it('runs in WAL mode with no blocking busy timeout: a writer waits for the lock without freezing the process', async () => {
    const client = (payload.db as unknown as { client: Client }).client
    expect((await client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode).toBe('wal')
    // The driver is synchronous: a busy timeout would block the event loop while it waits (src/sqliteWrites.ts).
    expect(Number((await client.execute('PRAGMA busy_timeout')).rows[0]?.timeout)).toBe(0)
  })

  it('takes many concurrent saves without "database is locked"', async () => {
    const saves = Array.from({ length: 20 }, (_, index) => payload.create({ collection: 'sections', data: { name: `Rubrique ${index}` } }))
    const results = await Promise.allSettled(saves)
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    expect((await payload.count({ collection: 'sections' })).totalDocs).toBe(20)
  })
})
