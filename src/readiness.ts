import { existsSync } from 'node:fs'
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import type { DatabaseTarget } from './database'
import { MONGODB_CONNECT_TIMEOUT_MS } from './database'

export type Readiness = { ready: true } | { ready: false; reason: string }

const READINESS_TIMEOUT_MS = 2_000

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

type SqliteDb = { client: { execute: (sql: string) => Promise<unknown> }; probeWrite?: (withinMs: number) => Promise<void> }

/** How long /readyz waits for the write lock before it says the database is degraded. */
const WRITE_PROBE_MS = 1_000
type MongoDb = { connection: mongoose.Connection }

/** Does the database answer a trivial query now? Used by /readyz, so it must be cheap and bounded in time. */
export async function databaseReadiness(payload: Payload, target: DatabaseTarget): Promise<Readiness> {
  try {
    if (target.kind === 'sqlite') {
      if (target.file !== ':memory:' && !existsSync(target.file)) {
        return { ready: false, reason: `the SQLite database file ${target.file} is missing` }
      }
      const db = payload.db as unknown as SqliteDb
      await withTimeout(db.client.execute('select 1'), READINESS_TIMEOUT_MS, 'SQLite')
      try {
        await db.probeWrite?.(WRITE_PROBE_MS)
      } catch {
        return { ready: false, reason: `degraded: the database has been locked by another writer for more than ${WRITE_PROBE_MS} ms; writes wait, then fail with 503` }
      }
    } else {
      const { connection } = payload.db as unknown as MongoDb
      if (!connection.db) return { ready: false, reason: `MongoDB at ${target.host} is not connected` }
      await withTimeout(connection.db.admin().ping(), READINESS_TIMEOUT_MS, `MongoDB at ${target.host}`)
    }
    return { ready: true }
  } catch (error) {
    return { ready: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

export type MongoTopology = { transactions: boolean }

/**
 * Fails within seconds, with one line naming the host, when MongoDB cannot be reached: Payload would otherwise
 * wait for mongoose's server selection and print a stack trace. Says whether the server can run transactions
 * (a replica set, or mongos in front of one); a standalone mongod cannot.
 */
export async function assertMongoReachable(target: Extract<DatabaseTarget, { kind: 'mongodb' }>): Promise<MongoTopology> {
  const probe = mongoose.createConnection(target.url, {
    serverSelectionTimeoutMS: MONGODB_CONNECT_TIMEOUT_MS,
    connectTimeoutMS: MONGODB_CONNECT_TIMEOUT_MS,
  })
  try {
    await probe.asPromise()
    const hello = (await probe.db?.admin().command({ hello: 1 })) as { setName?: string; msg?: string } | undefined
    return { transactions: Boolean(hello?.setName) || hello?.msg === 'isdbgrid' }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new Error(`Cannot reach MongoDB at ${target.host} (from DATABASE_URI): ${detail}`)
  } finally {
    await probe.close().catch(() => undefined)
  }
}
