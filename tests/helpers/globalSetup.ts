import { startTestMongo } from './mongo'

/** For `npm run test:mongodb` without DATABASE_URI: one in-memory replica set for the whole run. */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEWSROOM_TEST_DATABASE !== 'mongodb' || process.env.DATABASE_URI) return
  process.env.NEWSROOM_TEST_MONGO_URI = await startTestMongo()
}
