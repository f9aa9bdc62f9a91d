import type { RequestHandler } from 'express'

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** How much of a refused body is read and thrown away so that the client can read the 413 before closing. */
const DRAIN_ALLOWANCE_BYTES = 64 * 1024 * 1024

/**
 * Answers 413 for a multipart body whose declared length is over the upload limit, before Payload parses it,
 * and closes upload connections after the answer. A body cut short by a limit would otherwise leave a
 * keep-alive connection half-read, and the client's next request on it would fail. The refused body is read
 * to its end (within an allowance) first, so the client sees the 413 rather than a broken pipe.
 */
export const uploadGuard =
  (limitBytes: number): RequestHandler =>
  (req, res, next) => {
    if (!req.is('multipart/form-data')) return next()
    res.setHeader('Connection', 'close')
    const declared = Number(req.headers['content-length'])
    if (!Number.isFinite(declared) || declared <= limitBytes) return next()

    const refuse = () => {
      if (res.headersSent) return
      res.status(413).json({
        errors: [{ message: `The file is too large: uploads are limited to ${megabytes(limitBytes)}.` }],
      })
    }
    if (declared > limitBytes + DRAIN_ALLOWANCE_BYTES) {
      refuse()
      req.destroy()
      return
    }
    req.on('end', refuse)
    req.resume()
  }
