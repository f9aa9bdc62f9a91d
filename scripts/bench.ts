// `npm run bench [-- --articles 1000 --seconds 10 --connections 10]`: seeds published articles in fr, ar and en,
// then loads the production server with autocannon and prints each path next to the ceiling (express alone).
import { type ChildProcess, execSync, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
})
const articles = Number(values.articles)
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const root = path.resolve(import.meta.dirname, '..')
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-'))
const env = {
  ...process.env,
  NODE_ENV: 'production' as const,
  NODE_OPTIONS: '--conditions=production',
  DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? `bench-${Date.now()}-0123456789abcdefghijklmnopqrstuvwxyz`,
  LOG_LEVEL: 'warn',
  WRITE_RATE_LIMIT: '1000000',
}

function startServer(extra: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child: ChildProcess = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/server.ts'], { cwd: root, env: { ...env, PORT: '0', ...extra } })
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const port = /Newsroom ready on http:\/\/localhost:(\d+)/.exec(output)?.[1]
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)))
  })
}

const stop = (child: ChildProcess) => new Promise((resolve) => (child.kill('SIGTERM'), child.once('exit', resolve)))

type Row = { name: string; rps: number; p50: number; p99: number }
async function load(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections, duration: seconds, ...options })
  if (result.non2xx > 0) console.warn(`  ${name}: ${result.non2xx} answers were not 2xx`)
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 }
}

console.log(`Building and seeding ${articles} published articles in fr, ar and en into ${dir} …`)
execSync('node scripts/ensure-build.mjs', { cwd: root, stdio: 'inherit' })
execSync(`node_modules/.bin/tsx scripts/bench-seed.ts ${articles}`, { cwd: root, env, stdio: 'inherit' })

const query = (locale: string) => `/api/articles?where[section][equals]=1&limit=10&locale=${locale}&depth=1`
const graphqlBody = JSON.stringify({
  query: '{ Articles(limit: 10, locale: ar, where: { section: { equals: 1 } }) { docs { title slug standfirst publishedAt } } }',
})
const rows: Row[] = []
for (const cache of ['on', 'off'] as const) {
  const server = await startServer({ DELIVERY_CACHE: cache, BENCH_CEILING: '1' })
  const list = await fetch(`${server.url}${query('fr')}`)
  const listBody = Buffer.from(await list.arrayBuffer())
  const slug = (JSON.parse(listBody.toString()) as { docs: Array<{ slug: string }> }).docs[0]?.slug ?? ''
  if (cache === 'on') {
    await fetch(`${server.url}/__bench/ceiling`, { method: 'PUT', body: listBody })
    rows.push(await load('ceiling: same bytes from memory (express)', { url: `${server.url}/__bench/ceiling` }))
  }
  const label = cache === 'on' ? 'through the cache' : 'cache bypassed'
  rows.push(await load(`section list of 10 (${label})`, { url: `${server.url}${query('fr')}` }))
  rows.push(await load(`article by slug (${label})`, { url: `${server.url}/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&locale=fr&depth=2` }))
  rows.push(await load(`GraphQL list of 10 (${label})`, {
    url: `${server.url}/api/graphql`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: graphqlBody,
  }))
  await stop(server.child)
}

const ceiling = rows[0]?.rps ?? 1
console.log(`\n${articles} articles · ${connections} connections · ${seconds} s per path\n`)
console.log(`${'path'.padEnd(52)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'of ceiling'.padStart(11)}`)
for (const row of rows) {
  const ratio = `${((row.rps / ceiling) * 100).toFixed(1)} %`
  console.log(`${row.name.padEnd(52)} ${row.rps.toFixed(0).padStart(9)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(8)} ${ratio.padStart(11)}`)
}
process.exit(0)
