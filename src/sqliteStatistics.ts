import type { Payload } from 'payload'
import type { DatabaseTarget } from './database'

type SqliteDb = { client: { execute: (sql: string) => Promise<unknown> } }

const EVERY_HOUR_MS = 60 * 60 * 1000

/**
 * SQLite chooses indexes from table statistics. Without them it takes `_status = 'published'` for a selective
 * filter, reads every published article and sorts them to return ten: at 10,000 articles a section page took
 * 200 ms instead of 10. `analysis_limit` keeps ANALYZE to a sample, so this stays fast at any size; it runs at
 * start and then hourly as the newsroom grows.
 */
export async function refreshQueryStatistics(payload: Payload, target: DatabaseTarget): Promise<void> {
  if (target.kind !== 'sqlite') return
  const { client } = payload.db as unknown as SqliteDb
  await client.execute('PRAGMA analysis_limit=1000')
  await client.execute('ANALYZE')
}

export function keepQueryStatisticsFresh(payload: Payload, target: DatabaseTarget): void {
  if (target.kind !== 'sqlite') return
  const refresh = () =>
    refreshQueryStatistics(payload, target).catch((error: unknown) => payload.logger.warn(`Could not refresh SQLite statistics: ${String(error)}`))
  void refresh()
  setInterval(refresh, EVERY_HOUR_MS).unref()
}
