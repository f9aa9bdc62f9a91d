import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Env } from '../env'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const numberFrom = (value: string | undefined, fallback: number) => (value && Number(value) > 0 ? Number(value) : fallback)

const tooMany: RequestHandler = (req, res) => {
  res.status(429).json({ errors: [{ message: 'Too many requests: wait before trying again (see Retry-After).' }] })
}

/**
 * Payload 3 has no rate limiting of its own. Sign-in attempts are limited per address (LOGIN_RATE_LIMIT per
 * 15 minutes, default 10) and so are writes to the API (WRITE_RATE_LIMIT per minute, default 300). Both answer
 * 429 with Retry-After.
 */
export function rateLimits(env: Env = process.env): { login: RequestHandler; writes: RequestHandler } {
  const login = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: numberFrom(env.LOGIN_RATE_LIMIT, 10),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: tooMany,
  })
  const writes = rateLimit({
    windowMs: 60 * 1000,
    limit: numberFrom(env.WRITE_RATE_LIMIT, 300),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (req) => !WRITE_METHODS.has(req.method) || req.path === '/graphql',
    handler: tooMany,
  })
  return { login, writes }
}
