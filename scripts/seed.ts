// `npm run seed`: loads the MoroccoTech launch into the database named by DATABASE_URI (default: .data/newsroom.db).
import { getPayload } from 'payload'
import { payloadSecret } from '../src/env'
import { seedMoroccoTechLaunch } from '../src/seed'

payloadSecret()
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
try {
  await seedMoroccoTechLaunch(payload)
} finally {
  await payload.destroy()
}
process.exit(0)
