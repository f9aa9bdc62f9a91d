import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { call, graphql, inviteStaff, login, registerFirstAdmin } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'

// The server believes X-Forwarded-For from 127.0.0.1 only (the "proxy"); the same server reached over [::1] is a
// client that is not a proxy, whose forwarded-for header must be ignored.
const password = 'a long and careful passphrase'
const wrong = 'not the passphrase at all'
let server: RunningServer
let viaProxy: string
let direct: string
let adminToken: string
let editorToken: string
let authorToken: string

beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: '127.0.0.1', LOGIN_RATE_LIMIT: '6', LOGIN_ACCOUNT_RATE_LIMIT: '3' })
  const port = new URL(server.url).port
  viaProxy = `http://127.0.0.1:${port}`
  direct = `http://[::1]:${port}`
  adminToken = await registerFirstAdmin(server.url, password)
  editorToken = await inviteStaff(server.url, adminToken, 'editor', password, { role: 'editor' })
  authorToken = await inviteStaff(server.url, adminToken, 'author', password, { role: 'author' })
})

afterAll(async () => {
  await server?.stop()
})

const restLogin = (from: string, email: string, pass: string, base = viaProxy) =>
  call(`${base}/api/users/login`, { method: 'POST', headers: { 'X-Forwarded-For': from }, json: { email, password: pass } })

const graphqlLogin = (from: string, email: string, pass: string) =>
  call<{ data?: { loginUser?: { token?: string } }; errors?: unknown[] }>(`${viaProxy}/api/graphql`, {
    method: 'POST',
    headers: { 'X-Forwarded-For': from },
    json: { query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }', variables: { e: email, p: pass } },
  })

describe('failed sign-ins wait at the address that failed, never at the account', () => {
  it('stops an address after three failures on one account, while the account signs in from its own address', async () => {
    for (let attempt = 0; attempt < 3; attempt++) expect((await restLogin('203.0.113.9', 'admin@newsroom.test', wrong)).status).toBe(401)
    const blocked = await restLogin('203.0.113.9', 'admin@newsroom.test', password)
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after') ?? blocked.headers.get('ratelimit')).toBeTruthy()
    // The attacker did not lock the administrator out: from another address the right password works.
    expect((await restLogin('198.51.100.7', 'admin@newsroom.test', password)).status).toBe(200)
  })

  it('counts GraphQL loginUser like the REST sign-in, against the same account', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const reply = await graphqlLogin('203.0.113.10', 'admin@newsroom.test', wrong)
      expect(reply.body.errors).toBeTruthy()
    }
    expect((await graphqlLogin('203.0.113.10', 'admin@newsroom.test', password)).status).toBe(429)
    expect((await restLogin('203.0.113.10', 'admin@newsroom.test', password)).status).toBe(429)
    const fine = await graphqlLogin('198.51.100.8', 'admin@newsroom.test', password)
    expect(fine.body.data?.loginUser?.token).toBeTruthy()
  })

  it('refuses several sign-ins packed into one GraphQL request', async () => {
    const query = `mutation { a: loginUser(email: "admin@newsroom.test", password: "x1") { token } b: loginUser(email: "admin@newsroom.test", password: "x2") { token } }`
    const reply = await call<{ errors: Array<{ message: string }> }>(`${viaProxy}/api/graphql`, { method: 'POST', headers: { 'X-Forwarded-For': '203.0.113.11' }, json: { query } })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0]?.message).toContain('One sign-in')
  })

  it('stops an address that tries many accounts', async () => {
    for (let attempt = 0; attempt < 6; attempt++) expect((await restLogin('203.0.113.12', `nobody${attempt}@newsroom.test`, wrong)).status).toBe(401)
    expect((await restLogin('203.0.113.12', 'editor@newsroom.test', password)).status).toBe(429)
  })

  it('counts the admin panel’s sign-in form (multipart) by account too', async () => {
    const form = () => {
      const data = new FormData()
      data.set('_payload', JSON.stringify({ email: 'editor@newsroom.test', password: wrong }))
      return data
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const reply = await fetch(`${viaProxy}/api/users/login`, { method: 'POST', headers: { 'X-Forwarded-For': '203.0.113.13' }, body: form() })
      expect(reply.status).toBe(401)
    }
    expect((await restLogin('203.0.113.13', 'editor@newsroom.test', password)).status).toBe(429)
  })

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      expect((await restLogin(`192.0.2.${attempt}`, `ghost${attempt}@newsroom.test`, wrong, direct)).status).toBe(401)
    }
    // Six different forwarded addresses were one client, [::1], and that client is now waiting.
    expect((await restLogin('192.0.2.99', 'author@newsroom.test', password, direct)).status).toBe(429)
  })
})

describe('accounts and their sessions', () => {
  it('lets only administrators unlock accounts', async () => {
    for (const token of [editorToken, authorToken]) {
      const reply = await call(`${viaProxy}/api/users/unlock`, { method: 'POST', token, json: { email: 'admin@newsroom.test' } })
      expect(reply.status).toBe(403)
    }
    expect((await call(`${viaProxy}/api/users/unlock`, { method: 'POST', token: adminToken, json: { email: 'editor@newsroom.test' } })).status).toBe(200)
  })

  it('shows nobody another staff member’s sessions, and refuses to filter on them', async () => {
    const users = await call<{ docs: Array<{ email: string; sessions?: unknown[] }> }>(`${viaProxy}/api/users?limit=50`, { token: editorToken })
    const admin = users.body.docs.find((user) => user.email === 'admin@newsroom.test')
    expect(admin).toBeTruthy()
    expect(admin?.sessions ?? []).toEqual([])
    const own = await call<{ user: { sessions?: unknown[] } }>(`${viaProxy}/api/users/me`, { token: editorToken })
    expect(own.body.user.sessions?.length).toBeGreaterThan(0)
    const probe = await call(`${viaProxy}/api/users?where[sessions.id][exists]=true`, { token: editorToken })
    expect(probe.status).toBe(400)
  })
})

describe('session cookies', () => {
  const cookieOf = (headers: Headers): string => (headers.get('set-cookie') ?? '').split(';')[0] ?? ''

  it('sets the session cookie Secure and HttpOnly in production', async () => {
    const reply = await restLogin('198.51.100.20', 'author@newsroom.test', password)
    const cookie = reply.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
  })

  it('refuses a cookie-signed write sent from another origin, and accepts it from the CMS’s own', async () => {
    const reply = await restLogin('198.51.100.21', 'admin@newsroom.test', password)
    const cookie = cookieOf(reply.headers)
    const create = (origin: string, title: string) =>
      call(`${viaProxy}/api/sections`, { method: 'POST', headers: { Cookie: cookie, Origin: origin }, json: { name: title, slug: title.toLowerCase() } })
    expect((await create('https://evil.example', 'Forged')).status).toBe(403)
    expect((await create(new URL(server.url).origin, 'Genuine')).status).toBe(201)
    const forged = await call<{ totalDocs: number }>(`${viaProxy}/api/sections?where[name][equals]=Forged`, { token: adminToken })
    expect(forged.body.totalDocs).toBe(0)
  })

  it('refuses a cookie-signed write without Origin from a non-browser client', async () => {
    const reply = await restLogin('198.51.100.22', 'admin@newsroom.test', password)
    const forged = await call(`${viaProxy}/api/sections`, { method: 'POST', headers: { Cookie: cookieOf(reply.headers) }, json: { name: 'No origin', slug: 'no-origin' } })
    expect(forged.status).toBe(403)
  })
})

describe('document locks', () => {
  let sectionId: number
  const lockOf = (userId: number | string) => ({ document: { relationTo: 'sections', value: sectionId }, user: { relationTo: 'users', value: userId } })

  beforeAll(async () => {
    const section = await call<{ doc: { id: number } }>(`${viaProxy}/api/sections`, { method: 'POST', token: adminToken, json: { name: 'Locked', slug: 'locked' } })
    sectionId = section.body.doc.id
  })

  it('writes a lock in the name of whoever takes it, never another user’s', async () => {
    const me = await call<{ user: { id: number } }>(`${viaProxy}/api/users/me`, { token: authorToken })
    const admin = await call<{ user: { id: number } }>(`${viaProxy}/api/users/me`, { token: adminToken })
    const forged = await call<{ doc: { id: number; user: { value: number | { id: number } } } }>(`${viaProxy}/api/payload-locked-documents?depth=0`, {
      method: 'POST',
      token: authorToken,
      json: lockOf(admin.body.user.id),
    })
    expect(forged.status).toBe(201)
    expect(forged.body.doc.user.value).toBe(me.body.user.id)
    const moved = await call<{ doc: { user: { value: number } } }>(`${viaProxy}/api/payload-locked-documents/${forged.body.doc.id}?depth=0`, {
      method: 'PATCH',
      token: authorToken,
      json: lockOf(admin.body.user.id),
    })
    expect(moved.body.doc.user.value).toBe(me.body.user.id)
  })

  it('lets staff release their own locks only; an administrator releases any', async () => {
    const taken = await call<{ doc: { id: number } }>(`${viaProxy}/api/payload-locked-documents`, { method: 'POST', token: editorToken, json: lockOf(sectionId) })
    const byAuthor = await call(`${viaProxy}/api/payload-locked-documents/${taken.body.doc.id}`, { method: 'DELETE', token: authorToken })
    expect([403, 404]).toContain(byAuthor.status)
    const still = await call(`${viaProxy}/api/payload-locked-documents/${taken.body.doc.id}`, { token: editorToken })
    expect(still.status).toBe(200)
    expect((await call(`${viaProxy}/api/payload-locked-documents/${taken.body.doc.id}`, { method: 'DELETE', token: adminToken })).status).toBe(200)
  })

  it('shows no locks to anonymous callers', async () => {
    expect((await call(`${viaProxy}/api/payload-locked-documents`)).status).toBe(403)
  })
})
