import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from './paths'

export const MIN_SECRET_LENGTH = 32

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

const isProduction = (env: NodeJS.ProcessEnv): boolean => env.NODE_ENV === 'production'
const isBuildPhase = (env: NodeJS.ProcessEnv): boolean => env.NEXT_PHASE === 'phase-production-build'

/** Refuses a production start with a missing or weak PAYLOAD_SECRET. */
export function assertProductionSecret(env: NodeJS.ProcessEnv = process.env): void {
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
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
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

export function serverPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORT ?? '3000'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError(`PORT must be a whole number between 0 and 65535, got "${raw}".`)
  }
  return port
}

export const serverURL = (env: NodeJS.ProcessEnv = process.env): string => env.PAYLOAD_PUBLIC_SERVER_URL ?? ''
