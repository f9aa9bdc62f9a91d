import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pinoHttp } from 'pino-http'

const ACCEPTABLE_ID = /^[\w.-]{1,128}$/

/** One JSON log line per request, with a request id (the caller's X-Request-Id when sane) echoed in the answer. */
export const requestLog = () =>
  pinoHttp({
    level: process.env.LOG_LEVEL ?? 'info',
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id']
      const id = typeof given === 'string' && ACCEPTABLE_ID.test(given) ? given : randomUUID()
      res.setHeader('X-Request-Id', id)
      return id
    },
    // Health probes would drown everything else.
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  })
