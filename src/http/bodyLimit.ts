import type { RequestHandler } from 'express'
import { readBodyOnce } from './replay'

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** How much of a refused body is read and thrown away so that the client can read the 413 before closing. */
const DRAIN_ALLOWANCE_BYTES = 64 * 1024 * 1024

export type BodyLimits = { uploadBytes: number; otherBytes: number }

/**
 * Answers 413 for a body over its limit (uploads: UPLOAD_MAX_MB; anything else, such as JSON or GraphQL: much
 * less), declared in Content-Length or counted as a chunked body comes, before Next or Payload reads it. Upload connections close after the answer: a body
 * cut short by a limit would otherwise leave a keep-alive connection half-read, and the client's next request on
 * it would fail. A refused body is read to its end (within an allowance) so the client sees the 413, not a broken pipe.
 */
export const bodyLimit =
  ({ uploadBytes, otherBytes }: BodyLimits): RequestHandler =>
  (req, res, next) => {
    const upload = Boolean(req.is('multipart/form-data'))
    if (upload) res.setHeader('Connection', 'close')
    const limit = upload ? uploadBytes : otherBytes
    const refuse = () => {
      if (res.headersSent) return
      const what = upload ? 'The file is too large: uploads are limited to' : 'The request body is too large: it is limited to'
      res.status(413).json({ errors: [{ message: `${what} ${megabytes(limit)}.` }] })
    }
    // A chunked body declares no length: it is read here, counting the bytes that actually come, and replayed.
    if (req.headers['transfer-encoding'] && req.headers['content-length'] === undefined && !res.locals.replayBody) {
      res.setHeader('Connection', 'close')
      readBodyOnce(req, res, limit).then((body) => (body ? next() : refuse()), next)
      return
    }
    const declared = Number(req.headers['content-length'])
    if (!Number.isFinite(declared) || declared <= limit) return next()

    if (declared > limit + DRAIN_ALLOWANCE_BYTES) {
      refuse()
      req.destroy()
      return
    }
    req.on('end', refuse)
    req.resume()
  }
