import { createHmac, timingSafeEqual } from 'node:crypto'

/** `link` is the preview-links entry that must still exist, unrevoked, for the token to work. */
export type PreviewClaim = { link?: string; collection: string; id: string; locale: string; expiresAt: number }

const encode = (value: string) => Buffer.from(value).toString('base64url')
const sign = (secret: string, body: string) => createHmac('sha256', `preview:${secret}`).update(body).digest('base64url')

/** A token naming one document and one locale, valid until `expiresAt`, signed with the server's secret. */
export function signPreview(secret: string, claim: PreviewClaim): string {
  const body = encode(JSON.stringify(claim))
  return `${body}.${sign(secret, body)}`
}

export type PreviewCheck = { valid: true; claim: PreviewClaim } | { valid: false; reason: string }

export function verifyPreview(secret: string, token: string | null | undefined, now = Date.now()): PreviewCheck {
  const [body, signature, extra] = (token ?? '').split('.')
  if (!body || !signature || extra !== undefined) return { valid: false, reason: 'The preview link is malformed.' }
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { valid: false, reason: 'The preview link has been tampered with.' }
  }
  const claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PreviewClaim
  if (claim.expiresAt <= now) return { valid: false, reason: 'The preview link has expired: ask the newsroom for a new one.' }
  return { valid: true, claim }
}
