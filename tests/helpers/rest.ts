/** A small REST client for the tests: JSON in, JSON out, with an optional signed-in user. */
export type Reply<T = Record<string, unknown>> = { status: number; body: T; headers: Headers }

export async function call<T = Record<string, unknown>>(
  url: string,
  init: RequestInit & { token?: string; json?: unknown } = {},
): Promise<Reply<T>> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const response = await fetch(url, { ...init, headers, body })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : {}
  } catch {
    // Not JSON (an HTML page, say): the caller gets the text as it came.
  }
  return { status: response.status, body: parsed as T, headers: response.headers }
}

export async function login(baseURL: string, email: string, password: string): Promise<string> {
  const reply = await call<{ token?: string }>(`${baseURL}/api/users/login`, {
    method: 'POST',
    json: { email, password },
  })
  if (reply.status !== 200 || !reply.body.token) throw new Error(`login failed for ${email}: ${reply.status}`)
  return reply.body.token
}

export async function graphql<T = Record<string, unknown>>(
  baseURL: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Reply<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>> {
  return call(`${baseURL}/api/graphql`, { method: 'POST', json: { query, variables }, token })
}

/** The readiness rule over HTTP: the article gets an Arabic version marked done, written by this (staff) token. */
export async function translateIntoArabic(baseURL: string, token: string, id: number | string): Promise<void> {
  const reply = await call(`${baseURL}/api/articles/${id}?locale=ar&draft=true`, { method: 'PATCH', token, json: { title: `ترجمة المقال ${id}`, translation: { status: 'done' } } })
  if (reply.status !== 200) throw new Error(`the Arabic translation of article ${id} was refused: ${reply.status} ${JSON.stringify(reply.body)}`)
}

/** The first account of a fresh newsroom, which becomes its administrator; returns its token. */
export async function registerFirstAdmin(baseURL: string, password: string): Promise<string> {
  const reply = await call(`${baseURL}/api/users/first-register`, {
    method: 'POST',
    json: { email: 'admin@newsroom.test', password, confirmPassword: password, name: 'Amina Admin' },
  })
  if (reply.status !== 200) throw new Error(`the first account was refused: ${reply.status} ${JSON.stringify(reply.body)}`)
  return login(baseURL, 'admin@newsroom.test', password)
}

/**
 * A staff member joins as people do: the admin invites them (`<key>@newsroom.test`, with its role and any other
 * fields), and they choose their password through the invitation link. Returns their token.
 */
export async function inviteStaff(
  baseURL: string,
  adminToken: string,
  key: string,
  password: string,
  fields: { role: string; name?: string } & Record<string, unknown>,
): Promise<string> {
  const email = `${key}@newsroom.test`
  const invited = await call<{ invitationURL: string }>(`${baseURL}/api/users/invite`, { method: 'POST', token: adminToken, json: { email, name: key, ...fields } })
  if (invited.status !== 201) throw new Error(`the invitation of ${email} was refused: ${invited.status} ${JSON.stringify(invited.body)}`)
  await acceptInvitation(baseURL, invited.body.invitationURL, password)
  return login(baseURL, email, password)
}

/** What the invited person's browser does on the link's page: choose a password (Payload's reset-password form). */
export async function acceptInvitation(baseURL: string, invitationURL: string, password: string): Promise<Reply<{ token?: string }>> {
  const token = new URL(invitationURL).pathname.split('/').pop()
  const reply = await call<{ token?: string }>(`${baseURL}/api/users/reset-password`, { method: 'POST', json: { token, password } })
  if (reply.status !== 200) throw new Error(`the invitation link was refused: ${reply.status} ${JSON.stringify(reply.body)}`)
  return reply
}
