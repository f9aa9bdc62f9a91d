import { randomUUID } from 'node:crypto'
import type { DatabaseAdapterObj } from 'payload'

/**
 * Writes to the embedded SQLite database without ever freezing the server.
 *
 * The SQLite driver is synchronous for local files: a write that waits for the lock (SQLite's busy timeout) blocks
 * the event loop, so every request of the process stalls with it, and a transaction waiting on another one of the
 * same process can never be let through. So here:
 * - write transactions are real (`BEGIN IMMEDIATE`: a create is its main, locale and version rows, or nothing),
 *   and this process runs them one at a time, queued without blocking (reads go on meanwhile, WAL serves them);
 * - the busy timeout is 0 and a write that finds the lock taken (by another process) is retried asynchronously;
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

/** Runs `attempt` until it does not fail with SQLITE_BUSY, backing off, until the deadline. */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, deadline: number, waitMs: number): Promise<T> {
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await attempt()
    } catch (error) {
      if (!isBusy(error)) throw error
      if (Date.now() + pause > deadline) throw new DatabaseBusyError(waitMs)
      await sleep(pause)
    }
  }
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
export function queueSqliteWrites(adapterObj: DatabaseAdapterObj, waitMs = writeWaitMs()): DatabaseAdapterObj {
  const queue = new WriteQueue()
  const releases = new Map<string, Release>()
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
          const id = await retryWhileBusy(() => startTransaction(adapter, options), deadline, waitMs)
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
          const { client } = adapter
          const execute = client.execute.bind(client)
          const batch = client.batch.bind(client)
          const asWriter = async <T>(work: () => Promise<T>): Promise<T> => {
            const deadline = Date.now() + waitMs
            const release = await queue.acquire(deadline, waitMs)
            try {
              return await retryWhileBusy(work, deadline, waitMs)
            } finally {
              release()
            }
          }
          // For /readyz: can this process take the write lock now (within a short wait)? Takes it and lets it go.
          adapter.probeWrite = async (withinMs: number) => {
            const deadline = Date.now() + withinMs
            const release = await queue.acquire(deadline, withinMs)
            try {
              await retryWhileBusy(() => batch(['select 1'], 'write'), deadline, withinMs)
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
      return adapter as never
    },
  }
}
