import type { Server } from 'node:http'
import { Server as NetServer } from 'node:net'
import compression from 'compression'
import express, { type Express } from 'express'
import helmet from 'helmet'
import next from 'next'
import { getPayload, type Payload } from 'payload'
import { databaseTarget, type DatabaseTarget } from './database'
import { anonymousCaps } from './delivery/anonymousCaps'
import { cachedDelivery } from './delivery/cache'
import { cachedGraphqlQueries } from './delivery/graphqlCache'
import { publicLocale } from './delivery/locale'
import {
  assertProductionConfiguration,
  cachePolicy,
  ConfigurationError,
  corsOrigins,
  payloadSecret,
  serverPort,
  standaloneMongoVerdict,
  trustedProxies,
  uploadLimitBytes,
} from './env'
import { bodyLimit } from './http/bodyLimit'
import { methodNotAllowed } from './http/allowedMethods'
import { corsForFrontEnds, headAsGet } from './http/cors'
import { workflowCollections } from './workflow/fire'
import { keepSweepingUntouchedDrafts } from './workflow/untouchedDraft'
import { finishRunningJobs, releaseInterruptedJobs, trackConnections } from './http/shutdown'
import { guardGraphqlBodies } from './http/graphqlGuard'
import { requestForNext } from './http/replay'
import { rateLimits } from './http/rateLimits'
import { mountBenchCeiling } from './http/benchCeiling'
import { requestLog } from './http/requestLog'
import { projectRoot } from './paths'
import { assertMongoReachable, databaseReadiness } from './readiness'
import { isEmptyNewsroom, seedMoroccoTechLaunch } from './seed'
import { keepQueryStatisticsFresh } from './sqliteStatistics'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const SHUTDOWN_GRACE_MS = 10_000

type Newsroom = { app: Express; payload: Payload; target: DatabaseTarget }

async function startPayload(): Promise<{ payload: Payload; target: DatabaseTarget }> {
  assertProductionConfiguration()
  payloadSecret()
  const target = databaseTarget()
  const topology = target.kind === 'mongodb' ? await assertMongoReachable(target) : undefined
  const standalone = target.kind === 'mongodb' && !topology?.transactions ? standaloneMongoVerdict(target.host) : undefined
  const { default: config } = await import('../payload.config')
  // Next's route handlers call getPayload too and receive this same instance, so the jobs queue runs here once.
  const payload = await getPayload({ config, cron: true })
  if (standalone) payload.logger.warn(standalone)
  // A newcomer's first `npm run dev` opens on a real newsroom rather than an empty one; a demo deployment can
  // ask for the same with SEED_ON_START=true.
  const wantsSeed = process.env.NODE_ENV !== 'production' || process.env.SEED_ON_START === 'true'
  if (wantsSeed && (await isEmptyNewsroom(payload))) {
    payload.logger.info('Empty database: loading the MoroccoTech launch as seed content.')
    await seedMoroccoTechLaunch(payload)
  }
  keepQueryStatisticsFresh(payload, target)
  keepSweepingUntouchedDrafts(payload, workflowCollections)
  return { payload, target }
}

async function buildApp({ payload, target }: Omit<Newsroom, 'app'>): Promise<Express> {
  const dev = process.env.NODE_ENV !== 'production'
  const nextApp = next({ dev, dir: projectRoot })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const app = express()
  app.disable('x-powered-by')
  // Behind the ministry's reverse proxy the client address is in X-Forwarded-For (rate limits need it), but only
  // the proxies TRUST_PROXY names are believed: anyone else could write any address there.
  app.set('trust proxy', trustedProxies())
  app.use(requestLog())
  // The admin panel needs Next's inline scripts: no Content-Security-Policy here, the other headers apply.
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false, crossOriginResourcePolicy: { policy: 'cross-origin' } }))
  app.use(compression())
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  if (process.env.BENCH_CEILING === '1') mountBenchCeiling(app)
  app.get('/readyz', async (_req, res) => {
    const readiness = await databaseReadiness(payload, target)
    res.setHeader('Cache-Control', 'no-store')
    if (readiness.ready) res.json({ status: 'ready', database: target.kind })
    else res.status(503).json({ status: 'unavailable', database: target.kind, reason: readiness.reason })
  })
  const policy = cachePolicy()
  // The cache answers anonymous reads first (GETs, GraphQL queries): a hit needs none of what a miss goes through
  // on its way to Payload. GraphQL bodies are read and checked first (2 MB at most; a cached query, 256 KB).
  app.use(headAsGet)
  app.use('/api', corsForFrontEnds(corsOrigins()), methodNotAllowed(payload.config), cachedDelivery(policy), guardGraphqlBodies, cachedGraphqlQueries(policy))
  const limits = rateLimits()
  app.use('/api', bodyLimit({ uploadBytes: uploadLimitBytes(), otherBytes: 2 * 1024 * 1024 }))
  app.use('/api', limits.signIn)
  app.use('/api', limits.writes)
  app.use('/api', publicLocale, anonymousCaps)
  // No body parser in front of Next: Payload reads request bodies itself (multipart uploads included); only an
  // anonymous GraphQL query is read first, to be looked up in the cache, and Next is handed a replay of it.
  app.all('/{*splat}', (req, res) => handle(requestForNext(req), res))
  return app
}

/**
 * SIGTERM or SIGINT, as an orchestrator stops a container (to the whole process group): stop accepting, answer
 * every request already accepted, let a running job finish, then close the database and exit 0. Whatever is still
 * running after the grace period is cut and its jobs are handed back to the queue.
 */
function shutDownGracefully(server: Server, payload: Payload): void {
  const connections = trackConnections(server)
  let closing = false
  const close = async (signal: string) => {
    if (closing) return
    closing = true
    payload.logger.info(`${signal} received: finishing in-flight requests and jobs, then closing the database.`)
    const deadline = Date.now() + SHUTDOWN_GRACE_MS
    // net.Server's close, not http.Server's: the latter also cuts every connection Node deems idle, including one
    // whose request the busy process has not read yet. This one only stops accepting; `connections` does the rest.
    const drained = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()))
    connections.stop()
    const forced = setTimeout(() => {
      payload.logger.error(`${connections.busy} connection(s) still busy after ${SHUTDOWN_GRACE_MS} ms: closing them.`)
      connections.destroyAll()
    }, SHUTDOWN_GRACE_MS)
    forced.unref()
    const jobsFinished = await finishRunningJobs(payload, SHUTDOWN_GRACE_MS)
    await drained
    clearTimeout(forced)
    if (!jobsFinished || Date.now() > deadline) await releaseInterruptedJobs(payload).catch(() => undefined)
    await payload.destroy()
    payload.logger.info('Newsroom stopped.')
    process.exit(0)
  }
  process.on('SIGTERM', () => void close('SIGTERM'))
  process.on('SIGINT', () => void close('SIGINT'))
}

async function main(): Promise<void> {
  const { payload, target } = await startPayload()
  const app = await buildApp({ payload, target })
  const port = serverPort()
  const server = app.listen(port, () => {
    const address = server.address()
    const actualPort = typeof address === 'object' && address ? address.port : port
    payload.logger.info(`Newsroom ready on http://localhost:${actualPort}/admin (${target.kind} database)`)
  })
  shutDownGracefully(server, payload)
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof ConfigurationError || message.startsWith('Cannot reach MongoDB')) {
    console.error(`The newsroom cannot start: ${message}`)
  } else {
    console.error('The newsroom cannot start:', error)
  }
  process.exit(1)
})
