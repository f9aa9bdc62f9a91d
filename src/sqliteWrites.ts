import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import type { DatabaseAdapterObj } from 'payload'

/**
 * Writes to the embedded SQLite database without ever freezing the server.
 *
 * The SQLite driver is synchronous for local files: a write that waits for the lock (SQLite's busy timeout) blocks
 * the event loop, so every request of the process stalls with it, and a transaction waiting on another one of the
 * same process can never be let through. So here:
 * - write transactions are real (`BEGIN IMMEDIATE`: a create is its main, locale and version rows, or nothing),
 *   and this process runs them one at a time, queued without blocking (reads go on meanwhile, WAL serves them);
 * - the busy timeout is 0, and whether the lock is free is asked on a connection of its own, retried
 *   asynchronously while another process holds it; the write itself starts only once it is free (a statement that
 *   fails on the lock leaves the driver's connection unable to commit, so the driver's own connections never wait);
 * - after SQLITE_WRITE_WAIT_MS (default 5 s) the write gives up with SQLITE_BUSY, answered 503 with Retry-After,
 *   having stored nothing.
 */

type Release = () => void
type Session = { db: unknown; resolve: () => Promise<unknown>; reject: () => Promise<unknown> }
type LibsqlClient = {
  execute: (statement: unknown, args?: unknown) => Promise<unknown>
  batch: (statements: unknown[], mode?: unknown) => Promise<unknown>
}
type SqliteAdapter = {
  client: LibsqlClient
  drizzle: { transaction: (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
  sessions: Record<string, Session>
  connect?: (...args: unknown[]) => Promise<void>
  destroy?: () => Promise<void>
  probeWrite?: (withinMs: number) => Promise<void>
  beginTransaction: (options?: unknown) => Promise<null | number | string>
  commitTransaction: (id: number | string | Promise<number | string>) => Promise<void>
  rollbackTransaction: (id: number | string | Promise<number | string>) => Promise<void>
}

export class DatabaseBusyError extends Error {
  readonly code = 'SQLITE_BUSY'
  constructor(waitedMs: number) {
    super(`SQLITE_BUSY: the database stayed locked by another writer for ${waitedMs} ms; nothing was written.`)
    this.name = 'DatabaseBusyError'
  }
}

export const isBusy = (error: unknown): boolean => {
  const { code, message, cause } = (error ?? {}) as { code?: unknown; message?: unknown; cause?: unknown }
  if (code === 'SQLITE_BUSY' || (typeof message === 'string' && /SQLITE_BUSY|database is locked/.test(message))) return true
  return cause !== undefined && cause !== error && isBusy(cause)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** This process's writers, one at a time, first come first served, each waiting at most until its deadline. */
export class WriteQueue {
  private holder = false
  private readonly waiting: Array<{ grant: (release: Release) => void }> = []

  acquire(deadline: number, waitMs: number): Promise<Release> {
    return new Promise((resolve, reject) => {
      const entry = { grant: resolve }
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(entry)
        if (index >= 0) this.waiting.splice(index, 1)
        reject(new DatabaseBusyError(waitMs))
      }, Math.max(0, deadline - Date.now()))
      entry.grant = (release) => {
        clearTimeout(timer)
        resolve(release)
      }
      this.waiting.push(entry)
      this.next()
    })
  }

  private next(): void {
    if (this.holder) return
    const entry = this.waiting.shift()
    if (!entry) return
    this.holder = true
    let released = false
    entry.grant(() => {
      if (released) return
      released = true
      this.holder = false
      this.next()
    })
  }
}

type LockProbe = { exec: (sql: string) => unknown; close: () => void }

/**
 * Waits, without blocking, until no other process holds the write lock: takes it on the probe connection and lets
 * it go at once (`exec` leaves no statement behind, even when it fails).
 */
export async function untilWritable(probe: LockProbe | undefined, deadline: number, waitMs: number): Promise<void> {
  if (!probe) return
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      probe.exec('BEGIN IMMEDIATE')
      probe.exec('ROLLBACK')
      return
    } catch (error) {
      if (!isBusy(error)) throw error
      if (Date.now() + pause > deadline) throw new DatabaseBusyError(waitMs)
      await sleep(pause)
    }
  }
}

const openProbe = (file: string | undefined): LockProbe | undefined => {
  if (!file || file === ':memory:') return undefined
  const require = createRequire(import.meta.url)
  const Database = require('libsql') as new (file: string) => LockProbe
  return new Database(file)
}

const READ_ONLY = /^\s*(select|explain|pragma|with\s[\s\S]*?\)\s*select)\b/i
const sqlOf = (statement: unknown): string => (typeof statement === 'string' ? statement : String((statement as { sql?: unknown })?.sql ?? ''))

/** Starts a drizzle transaction and hands back its id once it holds the write lock; commit and rollback end it. */
function startTransaction(adapter: SqliteAdapter, options: unknown): Promise<string> {
  return new Promise((started, failed) => {
    let running = false
    const done: Promise<void> = adapter.drizzle
      .transaction(async (tx) => {
        await new Promise<void>((commit, abort) => {
          const id = randomUUID()
          adapter.sessions[id] = {
            db: tx,
            resolve: () => {
              commit()
              return done
            },
            reject: () => {
              abort(new Error('rolled back'))
              return done
            },
          }
          running = true
          started(id)
        })
      }, options)
      .catch((error: unknown) => {
        if (!running) failed(error)
      })
  })
}

export function writeWaitMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SQLITE_WRITE_WAIT_MS
  const value = raw === undefined ? 5_000 : Number(raw)
  return Number.isFinite(value) && value >= 0 ? value : 5_000
}

/** Installs the above on a Payload SQLite adapter (its transactions, and the statements it runs outside them). */
export function queueSqliteWrites(adapterObj: DatabaseAdapterObj, file: string | undefined, waitMs = writeWaitMs()): DatabaseAdapterObj {
  const queue = new WriteQueue()
  const releases = new Map<string, Release>()
  let probe: LockProbe | undefined
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as unknown as SqliteAdapter
      const commit = adapter.commitTransaction
      const rollback = adapter.rollbackTransaction
      const end = (ending: (id: number | string) => Promise<void>) => async (incoming: number | string | Promise<number | string>) => {
        const id = await incoming
        try {
          await ending.call(adapter, id)
        } finally {
          releases.get(String(id))?.()
          releases.delete(String(id))
        }
      }
      adapter.beginTransaction = async (options?: unknown) => {
        const deadline = Date.now() + waitMs
        const release = await queue.acquire(deadline, waitMs)
        try {
          await untilWritable(probe, deadline, waitMs)
          const id = await startTransaction(adapter, options)
          releases.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      adapter.commitTransaction = end(commit)
      adapter.rollbackTransaction = end(rollback)
      const connect = adapter.connect
      if (connect) {
        adapter.connect = async (...connectArgs: unknown[]) => {
          await connect.apply(adapter, connectArgs)
          probe ??= openProbe(file)
          const { client } = adapter
          const execute = client.execute.bind(client)
          const batch = client.batch.bind(client)
          const asWriter = async <T>(work: () => Promise<T>): Promise<T> => {
            const deadline = Date.now() + waitMs
            const release = await queue.acquire(deadline, waitMs)
            try {
              await untilWritable(probe, deadline, waitMs)
              return await work()
            } finally {
              release()
            }
          }
          // For /readyz: can this process take the write lock now (within a short wait)? Takes it and lets it go.
          adapter.probeWrite = async (withinMs: number) => {
            const deadline = Date.now() + withinMs
            const release = await queue.acquire(deadline, withinMs)
            try {
              await untilWritable(probe, deadline, withinMs)
            } finally {
              release()
            }
          }
          client.execute = (statement, statementArgs) =>
            READ_ONLY.test(sqlOf(statement)) ? execute(statement, statementArgs) : asWriter(() => execute(statement, statementArgs))
          client.batch = (statements, mode) =>
            statements.every((statement) => READ_ONLY.test(sqlOf(statement))) ? batch(statements, mode) : asWriter(() => batch(statements, mode))
        }
      }
      const destroy = adapter.destroy
      adapter.destroy = async () => {
        probe?.close()
        probe = undefined
        await destroy?.call(adapter)
      }
      return adapter as never
    },
  }
}
