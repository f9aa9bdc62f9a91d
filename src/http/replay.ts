import { IncomingMessage } from 'node:http'
import type { Request, Response } from 'express'

/** How much of a body over its limit is still read and thrown away, so the client can read the refusal. */
const DRAIN_ALLOWANCE_BYTES = 64 * 1024 * 1024

/**
 * Reads a request's body once, up to `limit` bytes, for middleware that must look inside it (GraphQL cache keys,
 * sign-in limits, chunked bodies). Next is then handed a replay (see `requestForNext`). Undefined as soon as the
 * body passes the limit, counting the bytes that actually come (known once it has all come); a body far past it is
 * cut off.
 */
export function readBodyOnce(req: Request, res: Response, limit: number): Promise<Buffer | undefined> {
  const known = res.locals.replayBody as Buffer | undefined
  if (known) return Promise.resolve(known)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      // Past the limit the body is still read to its end before anyone answers: answering while the client is
      // still sending closes the socket under it, and it sees a broken pipe instead of the 413.
      if (size <= limit) chunks.push(chunk)
      else if (size > limit + DRAIN_ALLOWANCE_BYTES) req.destroy()
    })
    req.on('close', () => resolve(undefined))
    req.on('end', () => {
      if (size > limit) return resolve(undefined)
      const body = Buffer.concat(chunks)
      res.locals.replayBody = body
      resolve(body)
    })
    req.on('error', reject)
  })
}

/** The request Next should read: the original, or a replay of it when express already consumed its body. */
export function requestForNext(req: Request): IncomingMessage {
  const body = req.res?.locals.replayBody as Buffer | undefined
  if (!body) return req
  const replay = new IncomingMessage(req.socket)
  replay.method = req.method
  replay.url = req.url
  replay.headers = req.headers
  replay.rawHeaders = req.rawHeaders
  replay.httpVersion = req.httpVersion
  replay.httpVersionMajor = req.httpVersionMajor
  replay.httpVersionMinor = req.httpVersionMinor
  // Marked complete, or Node would treat the replay as aborted once read and close the client's socket.
  replay.complete = true
  replay.push(body)
  replay.push(null)
  return replay
}
