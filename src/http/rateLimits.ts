import type { Request, RequestHandler, Response } from 'express'
import { ipKeyGenerator, rateLimit } from 'express-rate-limit'
import type { Env } from '../env'
import { SignInRefusal, signInAttemptOf, signInFailed, watchGraphqlAnswer, type SignInAttempt } from './signInAttempts'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const SIGN_IN_WINDOW_MS = 15 * 60 * 1000
const numberFrom = (value: string | undefined, fallback: number) => (value && Number(value) > 0 ? Number(value) : fallback)

const tooMany: RequestHandler = (_req, res) => {
  res.status(429).json({ errors: [{ message: 'Too many requests: wait before trying again (see Retry-After).' }] })
}

const tooManySignIns: RequestHandler = (_req, res) => {
  res.status(429).json({ errors: [{ message: 'Too many failed sign-in attempts from this address: wait before trying again (see Retry-After).' }] })
}

const addressOf = (req: Request): string => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')
const attemptOf = (res: Response): SignInAttempt | undefined => res.locals.signInAttempt as SignInAttempt | undefined

/**
 * Sign-in attempts that fail are counted per address (LOGIN_RATE_LIMIT per 15 minutes, default 10) and per
 * account from that address (LOGIN_ACCOUNT_RATE_LIMIT, default 5), on every way to sign in: REST, the admin's
 * form, GraphQL. Accounts themselves are never locked: a lock that anyone can trigger by failing on purpose would
 * keep the administrator out; the address that fails is the one that waits.
 */
function signInLimits(env: Env): RequestHandler {
  const common = {
    windowMs: SIGN_IN_WINDOW_MS,
    standardHeaders: 'draft-7' as const,
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    // A forwarded-for header from a client that is not a trusted proxy is expected, and ignored.
    validate: { xForwardedForHeader: false },
    requestWasSuccessful: (_req: Request, res: Response) => !signInFailed(res),
    skip: (_req: Request, res: Response) => !attemptOf(res),
    handler: tooManySignIns,
  }
  const perAddress = rateLimit({ ...common, limit: numberFrom(env.LOGIN_RATE_LIMIT, 10), keyGenerator: (req) => addressOf(req) })
  const perAccount = rateLimit({
    ...common,
    limit: numberFrom(env.LOGIN_ACCOUNT_RATE_LIMIT, 5),
    skip: (_req, res) => !attemptOf(res)?.account,
    keyGenerator: (req, res) => `${addressOf(req)} ${attemptOf(res)?.account ?? ''}`,
  })
  return (req, res, next) => {
    signInAttemptOf(req, res).then(
      (attempt) => {
        if (!attempt) return next()
        res.locals.signInAttempt = attempt
        if (req.path === '/graphql') watchGraphqlAnswer(res)
        perAddress(req, res, (error?: unknown) => (error ? next(error) : perAccount(req, res, next)))
      },
      (error: unknown) => {
        if (error instanceof SignInRefusal) return void res.status(error.status).json({ errors: [{ message: error.message }] })
        next(error)
      },
    )
  }
}

/** Payload 3 has no rate limiting of its own: sign-ins as above, and writes to the API (WRITE_RATE_LIMIT per minute, default 300). */
export function rateLimits(env: Env = process.env): { signIn: RequestHandler; writes: RequestHandler } {
  const writes = rateLimit({
    windowMs: 60 * 1000,
    limit: numberFrom(env.WRITE_RATE_LIMIT, 300),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => addressOf(req),
    validate: { xForwardedForHeader: false },
    skip: (req) => !WRITE_METHODS.has(req.method) || req.path === '/graphql',
    handler: tooMany,
  })
  return { signIn: signInLimits(env), writes }
}
