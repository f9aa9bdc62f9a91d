// `npm run test:mongodb`: the Local API and HTTP suites on MongoDB. On DATABASE_URI when given; otherwise on a
// mongodb-memory-server replica set started here. Where no mongod can be had it stops at once with one line.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { MongoMemoryReplSet } from 'mongodb-memory-server'

const HOW_TO =
  'test:mongodb needs MongoDB: set MONGOMS_SYSTEM_BINARY=/path/to/mongod, or DATABASE_URI=mongodb://host:port to use a running server.'

async function startMongo() {
  const binary = process.env.MONGOMS_SYSTEM_BINARY
  if (binary && !existsSync(binary)) throw new Error(`MONGOMS_SYSTEM_BINARY=${binary} does not exist.`)
  // The library prints whole stack traces for a failed download; this script says it in one line instead.
  const { warn, error } = console
  console.warn = console.error = () => {}
  try {
    return await MongoMemoryReplSet.create({ replSet: { count: 1, storageEngine: 'wiredTiger' } })
  } finally {
    Object.assign(console, { warn, error })
  }
}

let replSet
const given = process.env.DATABASE_URI
if (given && !/^mongodb(\+srv)?:\/\//.test(given)) {
  console.error(`DATABASE_URI is not a MongoDB URI. ${HOW_TO}`)
  process.exit(1)
}
if (!given) {
  try {
    replSet = await startMongo()
  } catch (error) {
    console.error(`Could not start MongoDB (${String(error?.message ?? error).split('\n')[0]}). ${HOW_TO}`)
    process.exit(1)
  }
}

const result = spawnSync('npx', ['jest', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS: '--experimental-vm-modules',
    NEWSROOM_TEST_DATABASE: 'mongodb',
    NEWSROOM_TEST_MONGO_URI: given ?? replSet.getUri(),
  },
})
await replSet?.stop()
process.exit(result.status ?? 1)
