import { stopTestMongo } from './mongo'

export default async function globalTeardown(): Promise<void> {
  await stopTestMongo()
}
