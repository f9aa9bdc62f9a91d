import { mkdtempSync, readdirSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { migrations as sqliteMigrations } from '../src/migrations'
import { migrations as mongoMigrations } from '../src/migrations/mongodb'
import { absentId, migrationsRecordedIn, testsRunOnMongo } from './helpers/database'
import { makeJpeg, multipart } from './helpers/images'
import { acceptInvitation, call, graphql, inviteStaff, login } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'

const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-media-'))
const password = 'a long and careful passphrase'
let server: RunningServer
let adminToken: string
let editorToken: string
let editorId: string | number

beforeAll(async () => {
  server = await startServer({ MEDIA_DIR: mediaDir, UPLOAD_MAX_MB: '2' })
  const first = await call(`${server.url}/api/users/first-register`, {
    method: 'POST',
    json: { email: 'admin@newsroom.test', password, confirmPassword: password, name: 'Amina Admin' },
  })
  expect(first.status).toBe(200)
  adminToken = await login(server.url, 'admin@newsroom.test', password)
  editorToken = await inviteStaff(server.url, adminToken, 'editor', password, { name: 'Karim Editor', role: 'editor' })
  editorId = (await call<{ user: { id: string | number } }>(`${server.url}/api/users/me`, { token: editorToken })).body.user.id
})

afterAll(async () => {
  await server?.stop()
})

describe('probes', () => {
  it('says the process is alive on /healthz', async () => {
    const reply = await call(`${server.url}/healthz`)
    expect(reply.status).toBe(200)
    expect(reply.body).toEqual({ status: 'ok' })
  })

  it('says the database answers on /readyz', async () => {
    const reply = await call(`${server.url}/readyz`)
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ status: 'ready', database: testsRunOnMongo() ? 'mongodb' : 'sqlite' })
  })

  // Taking a MongoDB server away needs control of that server; the SQLite file can be moved away and back.
  const onSqlite = testsRunOnMongo() ? it.skip : it
  onSqlite('answers 503 with a reason when the database file is gone, and recovers when it is back', async () => {
    const file = server.databaseURI.replace(/^file:/, '')
    renameSync(file, `${file}.away`)
    try {
      const down = await call<{ reason: string }>(`${server.url}/readyz`)
      expect(down.status).toBe(503)
      expect(down.body.reason).toContain('missing')
    } finally {
      renameSync(`${file}.away`, file)
    }
    expect((await call(`${server.url}/readyz`)).status).toBe(200)
  })
})

describe('admin panel', () => {
  it('serves the admin at /admin', async () => {
    const response = await fetch(`${server.url}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('MoroccoTech Newsroom')
  })
})

describe('staff accounts over REST and GraphQL', () => {
  it('refuses anonymous reads of users', async () => {
    expect((await call(`${server.url}/api/users`)).status).toBe(403)
    const reply = await graphql(server.url, '{ Users { docs { email } } }')
    expect(reply.body.data?.Users ?? null).toBeNull()
    expect(reply.body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })

  it('refuses a non-admin changing their own role, and the database still holds the old one', async () => {
    const attempt = await call<{ errors: Array<{ message: string }> }>(`${server.url}/api/users/${editorId}`, {
      method: 'PATCH',
      token: editorToken,
      json: { role: 'admin' },
    })
    expect(attempt.status).toBe(403)
    expect(attempt.body.errors[0]?.message).toBe('Only an administrator can change a role.')
    const stored = await call<{ role: string }>(`${server.url}/api/users/${editorId}`, { token: adminToken })
    expect(stored.body.role).toBe('editor')
  })

  it('refuses the same change through GraphQL', async () => {
    const reply = await graphql(
      server.url,
      'mutation ($id: Int!) { updateUser(id: $id, data: { role: admin }) { role } }'.replace(
        'Int!',
        testsRunOnMongo() ? 'String!' : 'Int!',
      ),
      { id: editorId },
      editorToken,
    )
    expect(reply.body.errors?.[0]?.message).toBe('Only an administrator can change a role.')
    const stored = await call<{ role: string }>(`${server.url}/api/users/${editorId}`, { token: adminToken })
    expect(stored.body.role).toBe('editor')
  })
})

describe('photos', () => {
  let photoId: string | number

  it('accepts a JPEG through multipart and makes WebP sizes, including the 1200×630 share image', async () => {
    const reply = await call<{ doc: { id: string | number; alt: string; sizes: Record<string, { width: number; height: number; mimeType: string; url: string }> } }>(
      `${server.url}/api/media?locale=fr`,
      {
        method: 'POST',
        token: editorToken,
        body: multipart({ name: 'lancement.jpg', type: 'image/jpeg', data: await makeJpeg() }, { alt: 'La scène du lancement', credit: 'MTNRA' }),
      },
    )
    expect(reply.status).toBe(201)
    photoId = reply.body.doc.id
    expect(reply.body.doc.alt).toBe('La scène du lancement')
    const { og, thumbnail, card } = reply.body.doc.sizes
    expect(og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/webp' })
    expect(thumbnail?.mimeType).toBe('image/webp')
    expect(card?.width).toBe(768)
    const srcset = (reply.body.doc as unknown as { srcset: string }).srcset
    expect(srcset.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual(['320w', '768w', '1200w', '1600w'])
    expect(og?.url).toMatch(new RegExp(`^${server.url}/api/media/file/`))
    const file = await fetch(og?.url as string)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
  })

  it('stores alt text per locale and falls back to French', async () => {
    const arabic = await call(`${server.url}/api/media/${photoId}?locale=ar`, {
      method: 'PATCH',
      token: editorToken,
      json: { alt: 'منصة حفل الإطلاق' },
    })
    expect(arabic.status).toBe(200)
    expect((await call<{ alt: string }>(`${server.url}/api/media/${photoId}?locale=ar`)).body.alt).toBe('منصة حفل الإطلاق')
    expect((await call<{ alt: string }>(`${server.url}/api/media/${photoId}?locale=en`)).body.alt).toBe('La scène du lancement')
    const viaGraphql = await graphql<{ Media: { alt: string } }>(
      server.url,
      `query ($id: ${testsRunOnMongo() ? 'String' : 'Int'}!) { Media(id: $id, locale: ar) { alt } }`,
      { id: photoId },
    )
    expect(viaGraphql.body.data?.Media.alt).toBe('منصة حفل الإطلاق')
  })

  it('refuses a photo without alt text, naming the field', async () => {
    const reply = await call<{ errors: Array<{ data?: { errors?: Array<{ path: string }> } }> }>(`${server.url}/api/media`, {
      method: 'POST',
      token: editorToken,
      body: multipart({ name: 'sans-alt.jpg', type: 'image/jpeg', data: await makeJpeg(400, 300) }, {}),
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0]?.data?.errors?.[0]?.path).toBe('alt')
  })

  it('refuses a file that only pretends to be an image, and leaves nothing on disk', async () => {
    const before = readdirSync(mediaDir).sort()
    const reply = await call(`${server.url}/api/media`, {
      method: 'POST',
      token: editorToken,
      body: multipart({ name: 'photo.jpg', type: 'image/jpeg', data: Buffer.from('#!/bin/sh\necho not a photo\n') }, { alt: 'x' }),
    })
    expect(reply.status).toBe(400)
    expect(readdirSync(mediaDir).sort()).toEqual(before)
  })

  it('refuses an upload over the size limit with 413, and leaves nothing on disk', async () => {
    const before = readdirSync(mediaDir).sort()
    const big = Buffer.concat([await makeJpeg(400, 300), Buffer.alloc(3 * 1024 * 1024)])
    const reply = await call(`${server.url}/api/media`, {
      method: 'POST',
      token: editorToken,
      body: multipart({ name: 'huge.jpg', type: 'image/jpeg', data: big }, { alt: 'trop lourd' }),
    })
    expect(reply.status).toBe(413)
    expect(readdirSync(mediaDir).sort()).toEqual(before)
  })

  it('refuses anonymous uploads', async () => {
    const reply = await call(`${server.url}/api/media`, {
      method: 'POST',
      body: multipart({ name: 'anon.jpg', type: 'image/jpeg', data: await makeJpeg(200, 200) }, { alt: 'anonyme' }),
    })
    expect(reply.status).toBe(403)
  })
})

describe('the browser’s own requests', () => {
  it('answers /favicon.ico with an icon that sharp can read', async () => {
    const response = await fetch(`${server.url}/favicon.ico`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/)
    const bytes = Buffer.from(await response.arrayBuffer())
    // An ICO container (reserved 0, type 1) whose first image is a PNG.
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1])
    const { default: sharp } = await import('sharp')
    const image = await sharp(bytes.subarray(bytes.readUInt32LE(18))).metadata()
    expect(image).toMatchObject({ format: 'png', width: 32, height: 32 })
  })
})

describe('staff join by invitation and choose their own password', () => {
  type Issued = { id: number | string; email: string; invitationURL: string; expiresAt: string; errors?: Array<{ message: string }> }
  const invite = (json: unknown, token?: string) => call<Issued>(`${server.url}/api/users/invite`, { method: 'POST', token, json })
  const messageOf = (reply: { body: { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> } }) =>
    JSON.stringify(reply.body.errors)

  it('an administrator invites; the link sets the password once; the account signs in with the role given', async () => {
    const invited = await invite({ email: 'Nadia@Newsroom.test', name: 'Nadia Traductrice', role: 'translator', translatorLocales: ['ar'], adminLanguage: 'ar' }, adminToken)
    expect(invited.status).toBe(201)
    expect(invited.body.email).toBe('nadia@newsroom.test')
    expect(invited.body.invitationURL).toMatch(new RegExp(`^${server.url}/admin/reset/[0-9a-f]{20,}$`))
    const days = (Date.parse(invited.body.expiresAt) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    // The link's page is the admin's own "choose a password" screen.
    expect((await call(invited.body.invitationURL)).status).toBe(200)

    const chosen = 'a passphrase of her own choosing'
    const accepted = await acceptInvitation(server.url, invited.body.invitationURL, chosen)
    expect(accepted.body.token).toEqual(expect.any(String))
    const token = await login(server.url, 'nadia@newsroom.test', chosen)
    const me = await call<{ user: { role: string; translatorLocales: string[]; adminLanguage: string } }>(`${server.url}/api/users/me`, { token })
    expect(me.body.user).toMatchObject({ role: 'translator', translatorLocales: ['ar'], adminLanguage: 'ar' })
    const again = await call(`${server.url}/api/users/reset-password`, { method: 'POST', json: { token: invited.body.invitationURL.split('/').pop(), password: 'someone else trying it' } })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    const trail = await call<{ docs: Array<{ action: string }> }>(`${server.url}/api/audit-log?where[targetCollection][equals]=users&where[documentId][equals]=${invited.body.id}&sort=createdAt`, { token: adminToken })
    expect(trail.body.docs.map((entry) => entry.action)).toEqual(['create', 'invite'])
  })

  it('nobody creates an account with a password chosen for someone else, administrators included', async () => {
    const reply = await call(`${server.url}/api/users`, { method: 'POST', token: adminToken, json: { email: 'direct@newsroom.test', password, name: 'Direct', role: 'editor' } })
    expect(reply.status).toBe(403)
    expect((await call<{ totalDocs: number }>(`${server.url}/api/users?where[email][equals]=direct@newsroom.test`, { token: adminToken })).body.totalDocs).toBe(0)
  })

  it.each([
    ['anonymous', 401],
    ['an editor', 403],
  ])('refuses %s with %i', async (who, status) => {
    const reply = await invite({ email: 'someone@newsroom.test', name: 'Someone', role: 'author' }, who === 'an editor' ? editorToken : undefined)
    expect(reply.status).toBe(status)
  })

  it.each([
    ['a password chosen for them', { email: 'p@newsroom.test', name: 'P', role: 'author', password: 'chosen by the admin' }, /not password/],
    ['no e-mail', { name: 'No Mail', role: 'author' }, /e-mail address/],
    ['an e-mail that is not one', { email: 'not-an-address', name: 'Bad', role: 'author' }, /email/i],
    ['a role that does not exist', { email: 'r@newsroom.test', name: 'R', role: 'owner' }, /role/],
    ['no name', { email: 'n@newsroom.test', role: 'author' }, /name/],
  ])('answers 400 to %s, naming it', async (_what, body, message) => {
    const reply = await invite(body, adminToken)
    expect(reply.status).toBe(400)
    expect(messageOf(reply)).toMatch(message)
  })

  it('answers 409 to an address that already has an account', async () => {
    const reply = await invite({ email: 'editor@newsroom.test', name: 'Karim again', role: 'author' }, adminToken)
    expect(reply.status).toBe(409)
  })

  it('a new link replaces a lost one; the old one stops working', async () => {
    const first = await invite({ email: 'lost@newsroom.test', name: 'Lost Link', role: 'author' }, adminToken)
    const second = await call<Issued>(`${server.url}/api/users/${first.body.id}/invitation`, { method: 'POST', token: adminToken })
    expect(second.status).toBe(200)
    expect(second.body.invitationURL).not.toBe(first.body.invitationURL)
    const old = await call(`${server.url}/api/users/reset-password`, { method: 'POST', json: { token: first.body.invitationURL.split('/').pop(), password: 'a late passphrase here' } })
    expect(old.status).toBeGreaterThanOrEqual(400)
    await acceptInvitation(server.url, second.body.invitationURL, 'the passphrase that counts')
    expect(await login(server.url, 'lost@newsroom.test', 'the passphrase that counts')).toEqual(expect.any(String))
    expect((await call(`${server.url}/api/users/${absentId()}/invitation`, { method: 'POST', token: adminToken })).status).toBe(404)
    expect((await call(`${server.url}/api/users/${first.body.id}/invitation`, { method: 'POST', token: editorToken })).status).toBe(403)
  })
})

describe('migrations', () => {
  it('ran every committed migration of this database at start, once', async () => {
    const committed = (testsRunOnMongo() ? mongoMigrations : sqliteMigrations).map((migration) => migration.name)
    expect((await migrationsRecordedIn(server.databaseURI)).sort()).toEqual([...committed].sort())
  })
})

describe('shutdown', () => {
  it('stops cleanly on SIGTERM, closing the database', async () => {
    const code = await server.stop()
    expect(code).toBe(0)
    expect(server.output()).toContain('closing the database')
  })
})
