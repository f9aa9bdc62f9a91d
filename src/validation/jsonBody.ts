import { APIError, type PayloadRequest } from 'payload'

/** The JSON object a custom endpoint was sent; a body that is not one is the caller's mistake, answered with 400. */
export async function jsonObjectBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new APIError('The request body is not valid JSON.', 400, null, true)
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new APIError('The request body must be a JSON object.', 400, null, true)
  }
  return parsed as Record<string, unknown>
}
