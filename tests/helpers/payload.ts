import { getPayload, type Payload } from 'payload'
import { freshDatabaseURI } from './database'

/** A real Payload, configured exactly as the server is, on a database of its own. */
export async function newsroomOnFreshDatabase(): Promise<Payload> {
  process.env.DATABASE_URI = freshDatabaseURI()
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
