import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Every delivery is signed: `X-Newsroom-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the
 * subscriber's secret>`, the timestamp (Unix seconds) in `X-Newsroom-Timestamp`. A receiver recomputes it and
 * refuses timestamps older than a few minutes, so a captured delivery cannot be replayed.
 */
export const signDelivery = (secret: string, timestamp: number, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

export function verifyDelivery(secret: string, timestamp: number, body: string, signature: string, now = Date.now(), toleranceSeconds = 300): boolean {
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false
  const expected = Buffer.from(signDelivery(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
