import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import { backfillAuditTitles } from '../../audit/backfillTitles'

/** Audit entries from before entries carried their document's title get it (see src/audit/backfillTitles.ts). */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const filled = await backfillAuditTitles(payload, req)
  payload.logger.info(`Audit trail: ${filled} entr${filled === 1 ? 'y' : 'ies'} given their document's title.`)
}

/** Titles stay: they are what the entries should always have had. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
