import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { isIP } from 'node:net'
import path from 'node:path'
import { projectRoot } from './paths'

/** Environment variables as read here: plain strings, so callers and tests can pass any subset. */
export type Env = Record<string, string | undefined>

export const MIN_SECRET_LENGTH = 32

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

const isProduction = (env: Env): boolean => env.NODE_ENV === 'production'
const isBuildPhase = (env: Env): boolean => env.NEXT_PHASE === 'phase-production-build'

/** Refuses a production start without what production needs: a strong secret and the public URLs. */
export function assertProductionConfiguration(env: Env = process.env): void {
  assertProductionSecret(env)
  assertExplicitDatabase(env)
  publicServerURL(env)
  frontendURL(env)
  trustedProxies(env)
  corsOrigins(env)
  cachePolicy(env)
}

/**
 * Production names its database: without DATABASE_URI it would quietly create an empty SQLite file inside the
 * container, lost at the next deploy. `file:/path` keeps SQLite as an explicit choice.
 */
export function assertExplicitDatabase(env: Env = process.env): void {
  if (!isProduction(env) || isBuildPhase(env) || env.DATABASE_URI?.trim()) return
  throw new ConfigurationError(
    'DATABASE_URI is not set. In production the newsroom will not start without it: set mongodb://… (a replica set) ' +
      'or, to keep the embedded database on a persistent volume, file:/var/lib/newsroom/newsroom.db.',
  )
}

/**
 * Releases, transitions and XLIFF imports are all or nothing only with transactions, which a standalone mongod
 * does not have. Production refuses one, unless MONGODB_ALLOW_STANDALONE=true accepts it knowingly; the warning
 * returned is then logged at every start.
 */
export function standaloneMongoVerdict(host: string, env: Env = process.env): string | undefined {
  const accepted = env.MONGODB_ALLOW_STANDALONE === 'true'
  const problem =
    `MongoDB at ${host} is a standalone server: it has no transactions, so a release, a workflow transition or an ` +
    'XLIFF import that fails halfway would stay half written.'
  if (accepted || !isProduction(env)) return `${problem} (Accepted: ${accepted ? 'MONGODB_ALLOW_STANDALONE=true' : 'not in production'}.)`
  throw new ConfigurationError(
    `${problem} Run it as a replica set, even of one node (mongod --replSet rs0, then rs.initiate()), or set ` +
      'MONGODB_ALLOW_STANDALONE=true to accept the risk.',
  )
}

/** Refuses a production start with a missing or weak PAYLOAD_SECRET. */
export function assertProductionSecret(env: Env = process.env): void {
  if (!isProduction(env) || isBuildPhase(env)) return
  const secret = env.PAYLOAD_SECRET
  if (!secret) {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set. In production the newsroom will not start without it: ' +
        `set it to a random string of at least ${MIN_SECRET_LENGTH} characters (for example: openssl rand -hex 32).`,
    )
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigurationError(
      `PAYLOAD_SECRET is too short (${secret.length} characters). In production it must be at least ` +
        `${MIN_SECRET_LENGTH} characters long (for example: openssl rand -hex 32).`,
    )
  }
}

/**
 * The secret that signs sessions. Production must provide it; on a developer's machine a random one is made on
 * first run and kept in `.data/dev-secret`, so that nobody ships a default and sessions survive restarts.
 */
export function payloadSecret(env: Env = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (isBuildPhase(env)) return ''
  assertProductionSecret(env)
  const file = path.join(projectRoot, '.data', 'dev-secret')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  const secret = readFileSync(file, 'utf8').trim()
  env.PAYLOAD_SECRET = secret
  return secret
}

export function serverPort(env: Env = process.env): number {
  const raw = env.PORT ?? '3000'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError(`PORT must be a whole number between 0 and 65535, got "${raw}".`)
  }
  return port
}

/** An absolute http(s) URL given in the environment, without its trailing slash. */
function absoluteURL(name: string, raw: string): string {
  const parsed = URL.canParse(raw) ? new URL(raw) : undefined
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.search || parsed.hash || parsed.username) {
    throw new ConfigurationError(`${name} must be an absolute http(s) URL such as https://cms.moroccotech.ma, got "${raw}".`)
  }
  return parsed.href.replace(/\/$/, '')
}

/** A public URL production cannot guess: links built from a request's Host header would be the attacker's to choose. */
function requiredPublicURL(name: string, purpose: string, env: Env, fallback: () => string): string {
  const raw = env[name]?.trim()
  if (raw) return absoluteURL(name, raw)
  if (isProduction(env) && !isBuildPhase(env)) {
    throw new ConfigurationError(`${name} is not set. In production the newsroom will not start without it: ${purpose}.`)
  }
  return fallback()
}

/** This CMS's public URL (PAYLOAD_PUBLIC_SERVER_URL): feeds, sitemaps and images link to it. Required in production. */
export const publicServerURL = (env: Env = process.env): string =>
  requiredPublicURL('PAYLOAD_PUBLIC_SERVER_URL', 'set it to the address readers and editors reach this CMS at (for example https://cms.moroccotech.ma)', env, () =>
    isBuildPhase(env) ? '' : `http://localhost:${serverPort(env) || 3000}`,
  )

/** The front end's public URL (FRONTEND_URL): documents' public links point there. Required in production. */
export const frontendURL = (env: Env = process.env): string =>
  requiredPublicURL('FRONTEND_URL', 'set it to the site that shows the news to readers (for example https://moroccotech.ma)', env, () => publicServerURL(env))

const NAMED_PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal'])

/**
 * The proxies whose X-Forwarded-For is believed (TRUST_PROXY: addresses, subnets in CIDR notation, or loopback,
 * linklocal, uniquelocal, comma-separated). Unset, nobody is: the client address is the connection's.
 */
export function trustedProxies(env: Env = process.env): string[] | false {
  const raw = env.TRUST_PROXY?.trim()
  if (!raw || raw === 'false' || raw === 'none') return false
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean)
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/')
    const family = isIP(address ?? '')
    const prefixOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32))
    if (NAMED_PROXY_RANGES.has(entry) || (family !== 0 && prefixOk && extra === undefined)) continue
    throw new ConfigurationError(
      `TRUST_PROXY must name the proxies in front of the newsroom (addresses, CIDR subnets, loopback, linklocal or uniquelocal), got "${entry}".`,
    )
  }
  return entries
}

/** Origins whose browsers may use a signed-in session cookie: this CMS's own, and the CORS_ORIGINS front ends. */
export function csrfOrigins(env: Env = process.env): string[] {
  const own = publicServerURL(env)
  return [...new Set([...(own ? [new URL(own).origin] : []), ...corsOrigins(env)])]
}

const DEFAULT_UPLOAD_LIMIT_MB = 10

/** The largest upload accepted, in bytes (UPLOAD_MAX_MB, default 10 MB). */
export function uploadLimitBytes(env: Env = process.env): number {
  const raw = env.UPLOAD_MAX_MB ?? String(DEFAULT_UPLOAD_LIMIT_MB)
  const megabytes = Number(raw)
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new ConfigurationError(`UPLOAD_MAX_MB must be a positive number of megabytes, got "${raw}".`)
  }
  return Math.round(megabytes * 1024 * 1024)
}

/** Front-end origins allowed to call the API from a browser (CORS_ORIGINS, comma-separated), e.g. https://moroccotech.ma. */
export function corsOrigins(env: Env = process.env): string[] {
  const origins = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)
  for (const origin of origins) {
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined
    if (!parsed || parsed.origin !== origin) {
      throw new ConfigurationError(`CORS_ORIGINS must list origins such as https://moroccotech.ma, got "${origin}".`)
    }
  }
  return origins
}

/** A whole number of seconds from the environment, or its default; anything else fails the start, naming it. */
function seconds(name: string, env: Env, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  if (!/^\d+$/.test(raw.trim())) throw new ConfigurationError(`${name} must be a whole number of seconds, got "${raw}".`)
  return Number(raw)
}

/** How long shared caches (CDN) may keep public answers: CACHE_MAX_AGE seconds (default 60), then serve stale for CACHE_STALE (default 300). */
export function cachePolicy(env: Env = process.env) {
  if (env.DELIVERY_CACHE !== undefined && !['on', 'off'].includes(env.DELIVERY_CACHE)) {
    throw new ConfigurationError(`DELIVERY_CACHE must be "on" or "off", got "${env.DELIVERY_CACHE}".`)
  }
  return {
    enabled: env.DELIVERY_CACHE !== 'off',
    maxAgeSeconds: seconds('CACHE_MAX_AGE', env, 60),
    staleSeconds: seconds('CACHE_STALE', env, 300),
  }
}
