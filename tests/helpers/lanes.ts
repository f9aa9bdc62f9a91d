import { appendFileSync } from 'node:fs'
import { it } from '@jest/globals'

/**
 * The MongoDB lane's stand-in, FerretDB, has no transactions and no `$lookup`. A test that needs what it lacks is
 * left out there, never silently: its name and the reason go to the lane's report, which `npm run test:mongodb`
 * prints at the end. It runs on SQLite and on real MongoDB.
 */
export function needsRealMongo(reason: string): typeof it {
  if (process.env.MONGODB_COMPATIBILITY !== 'ferretdb') return it
  const leftOut = ((name: string, ...rest: unknown[]) => {
    const report = process.env.NEWSROOM_LANE_REPORT
    if (report) appendFileSync(report, `- ${name}: ${reason}\n`)
    return (it.skip as (...args: unknown[]) => void)(name, ...rest)
  }) as unknown as typeof it
  return leftOut
}
