import { existsSync } from 'node:fs'
import { MongoMemoryReplSet } from 'mongodb-memory-server'

declare global {
  var __newsroomMongo: MongoMemoryReplSet | undefined
}

const HOW_TO =
  'test:mongodb needs a mongod binary: set MONGOMS_SYSTEM_BINARY=/path/to/mongod, ' +
  'or DATABASE_URI=mongodb://host:port to use a running MongoDB.'

/** Starts MongoDB in memory as a one-node replica set (Payload uses transactions), or says how to provide one. */
export async function startTestMongo(): Promise<string> {
  const binary = process.env.MONGOMS_SYSTEM_BINARY
  if (binary && !existsSync(binary)) throw new Error(`MONGOMS_SYSTEM_BINARY=${binary} does not exist. ${HOW_TO}`)
  try {
    globalThis.__newsroomMongo = await MongoMemoryReplSet.create({ replSet: { count: 1, storageEngine: 'wiredTiger' } })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(`Could not start MongoDB in memory (${reason}). ${HOW_TO}`)
  }
  return globalThis.__newsroomMongo.getUri()
}

export async function stopTestMongo(): Promise<void> {
  await globalThis.__newsroomMongo?.stop()
}
