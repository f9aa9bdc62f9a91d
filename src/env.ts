import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
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

export const serverURL = (env: Env = process.env): string => env.PAYLOAD_PUBLIC_SERVER_URL ?? ''

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

/** How long shared caches (CDN) may keep public answers: CACHE_MAX_AGE seconds (default 60), then serve stale for CACHE_STALE (default 300). */
export function cachePolicy(env: Env = process.env) {
  return {
    enabled: env.DELIVERY_CACHE !== 'off',
    maxAgeSeconds: Number(env.CACHE_MAX_AGE ?? 60),
    staleSeconds: Number(env.CACHE_STALE ?? 300),
  }
}
