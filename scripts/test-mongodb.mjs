// `npm run test:mongodb`: the Local API and HTTP suites through the MongoDB adapter.
// - DATABASE_URI=mongodb://… : on that server (a real MongoDB, a replica set: transactions on).
// - MONGOMS_SYSTEM_BINARY=/path/to/mongod : on a one-node replica set started here by mongodb-memory-server.
// - neither: on FerretDB (a MongoDB-wire server storing into SQLite), built once with `go install` and started
//   here on a free loopback port with its SQLite backend in a temporary folder. FerretDB is a stand-in, not
//   MongoDB: what it proves and what only real MongoDB proves is in docs/database.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const FERRETDB_SOURCE = path.join(root, 'tools', 'ferretdb')
const HOW_TO =
  'test:mongodb needs MongoDB: DATABASE_URI=mongodb://host:port for a running server, MONGOMS_SYSTEM_BINARY=/path/to/mongod, or Go (to build FerretDB).'

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })

async function startMemoryReplicaSet() {
  const binary = process.env.MONGOMS_SYSTEM_BINARY
  if (!existsSync(binary)) throw new Error(`MONGOMS_SYSTEM_BINARY=${binary} does not exist.`)
  const { MongoMemoryReplSet } = await import('mongodb-memory-server')
  const replSet = await MongoMemoryReplSet.create({ replSet: { count: 1, storageEngine: 'wiredTiger' } })
  return { uri: replSet.getUri(), env: {}, stop: () => replSet.stop() }
}

/** tools/ferretdb built into Go's bin folder; Go's build cache makes a rebuild after the first one quick. */
function ferretdbBinary() {
  const gopath = execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim()
  const binary = path.join(gopath, 'bin', 'newsroom-ferretdb')
  const sources = ['main.go', 'go.mod', 'go.sum'].map((file) => statSync(path.join(FERRETDB_SOURCE, file)).mtimeMs)
  if (existsSync(binary) && statSync(binary).mtimeMs > Math.max(...sources)) return binary
  console.log('Building FerretDB for the MongoDB lane (the first build takes minutes; later ones reuse it)…')
  const built = spawnSync('go', ['build', '-o', binary, '.'], { cwd: FERRETDB_SOURCE, stdio: 'inherit' })
  if (built.status !== 0 || !existsSync(binary)) throw new Error('the FerretDB build failed')
  return binary
}

async function startFerretdb() {
  const binary = ferretdbBinary()
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-ferretdb-'))
  const port = await freePort()
  const server = spawn(binary, ['-listen', `127.0.0.1:${port}`, '-dir', dir], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DO_NOT_TRACK: '1' } })
  const uri = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('FerretDB did not start within 30 s')), 30_000)
    server.stdout.on('data', (chunk) => {
      const line = chunk.toString().trim()
      if (line.startsWith('mongodb://')) {
        clearTimeout(timer)
        resolve(line)
      }
    })
    server.once('exit', (code) => reject(new Error(`FerretDB exited with ${code}`)))
  })
  return {
    uri,
    // The lane runs on the stand-in knowingly: its adapter settings, and production accepting a server without
    // transactions (which it would otherwise refuse).
    env: { MONGODB_COMPATIBILITY: 'ferretdb', MONGODB_ALLOW_STANDALONE: 'true' },
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const given = process.env.DATABASE_URI
if (given && !/^mongodb(\+srv)?:\/\//.test(given)) {
  console.error(`DATABASE_URI is not a MongoDB URI. ${HOW_TO}`)
  process.exit(1)
}

let database
try {
  if (given) database = { uri: given, env: {}, stop: async () => {} }
  else if (process.env.MONGOMS_SYSTEM_BINARY) database = await startMemoryReplicaSet()
  else database = await startFerretdb()
} catch (error) {
  console.error(`Could not start MongoDB (${String(error?.message ?? error).split('\n')[0]}). ${HOW_TO}`)
  process.exit(1)
}

const report = path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-lane-')), 'left-out.txt')
const result = spawnSync('npx', ['jest', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...database.env,
    NEWSROOM_LANE_REPORT: report,
    NODE_OPTIONS: '--experimental-vm-modules',
    NEWSROOM_TEST_DATABASE: 'mongodb',
    NEWSROOM_TEST_MONGO_URI: database.uri,
  },
})
/** Test databases still on the server: every suite drops its own, so any left is a leak worth a look. */
async function leftoverDatabases(uri) {
  const { default: mongoose } = await import('mongoose')
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000 }).asPromise()
  try {
    const { databases } = await connection.db.admin().listDatabases()
    return databases.map((entry) => entry.name).filter((name) => name.startsWith('newsroom_test_'))
  } finally {
    await connection.close()
  }
}

const leftovers = await leftoverDatabases(database.uri).catch(() => [])
console.log(leftovers.length === 0 ? '\nEvery test database was dropped.' : `\n${leftovers.length} test database(s) left on the server: ${leftovers.join(', ')}`)
await database.stop()
if (existsSync(report)) {
  const leftOut = readFileSync(report, 'utf8').trim().split('\n')
  console.log(`\n${leftOut.length} test(s) left out on the FerretDB stand-in; they need real MongoDB (DATABASE_URI or MONGOMS_SYSTEM_BINARY):`)
  console.log(leftOut.join('\n'))
}
process.exit(result.status ?? 1)
