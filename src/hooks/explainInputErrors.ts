import type { AfterErrorHook } from 'payload'

type Explanation = { status: number; message: string; retryAfterSeconds?: number }

/** Every message in an error's chain of causes (drivers wrap the database's own error). */
function messagesOf(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 6; depth++) {
    const { message, code, name } = current as { message?: unknown; code?: unknown; name?: unknown }
    parts.push([name, code, message].filter((part) => part !== undefined).join(' '))
    current = (current as { cause?: unknown }).cause
  }
  return parts.join(' | ')
}

const RULES: Array<[RegExp, Explanation]> = [
  [/^SyntaxError.*JSON/i, { status: 400, message: 'Part of the request is JSON that cannot be read (in an upload, the _payload field).' }],
  [/FOREIGN KEY constraint failed/i, { status: 400, message: 'A relationship in this request points to a document that does not exist.' }],
  [/UNIQUE constraint failed|E11000 duplicate key/i, { status: 409, message: 'A value that must be unique is already used by another document.' }],
  [
    /SQLITE_BUSY|database is locked/i,
    { status: 503, retryAfterSeconds: 2, message: 'The database is busy with another write: nothing was stored. Try again in a moment.' },
  ],
  [/CastError|BSONError|input must be a 24 character hex string/i, { status: 400, message: 'A document id in this request is not valid for this database.' }],
  [
    /MongoServerSelectionError|MongoNetworkError|ECONNREFUSED/i,
    { status: 503, retryAfterSeconds: 5, message: 'The database cannot be reached right now: nothing was stored. Try again in a moment.' },
  ],
]

/**
 * Errors raised on input that passed Payload's own checks (a malformed `_payload` in an upload) and errors the
 * database raises on it (a relationship to a deleted document, a
 * duplicate, a write that could not get the lock) are the caller's or the moment's, not the server's: they are
 * answered with the 4xx or 503 that says so, instead of "Something went wrong".
 */
export const explainInputErrors: AfterErrorHook = ({ error, req, result }) => {
  const status = (error as { status?: number }).status
  if (status && status < 500) return
  const text = messagesOf(error)
  const explanation = RULES.find(([pattern]) => pattern.test(text))?.[1]
  if (!explanation) return
  if (explanation.retryAfterSeconds) {
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(explanation.retryAfterSeconds))
    req.responseHeaders = headers
  }
  return { response: { ...result, errors: [{ message: explanation.message }] }, status: explanation.status }
}
