import { getPayload, type Payload } from 'payload'
import { freshDatabaseURI, testsRunOnMongo } from './database'

type MongoDb = { connection: { dropDatabase: () => Promise<unknown> } }

/**
 * A real Payload, configured exactly as the server is, on a database of its own. On MongoDB, `destroy()` (which
 * every suite calls when it ends) drops that database first, so a real server keeps nothing from the tests.
 */
export async function newsroomOnFreshDatabase(): Promise<Payload> {
  process.env.DATABASE_URI = freshDatabaseURI()
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  if (testsRunOnMongo()) {
    const destroy = payload.destroy
    payload.destroy = async () => {
      await (payload.db as unknown as MongoDb).connection.dropDatabase()
      await destroy()
    }
  }
  return payload
}
