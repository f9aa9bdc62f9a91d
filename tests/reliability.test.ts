import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RequiredDataFromCollectionSlug } from 'payload'
import { testsRunOnMongo } from './helpers/database'
import { needsRealMongo } from './helpers/lanes'
import { call, inviteStaff, registerFirstAdmin } from './helpers/rest'
import { exitOf, groupEnded, type RunningServer, startServer } from './helpers/server'
import { type SeededNewsroom, seededNewsroom } from './helpers/seeded'

// Faults as they happen in production: many writers at once, another process holding the database lock, the
// orchestrator's SIGTERM to the whole process group, and kill -9. Counted: what was acknowledged, what is stored.
const password = 'a long and careful passphrase'
const onSqlite = testsRunOnMongo() ? describe.skip : describe
const require = createRequire(import.meta.url)

type Libsql = { prepare: (sql: string) => { all: () => Array<Record<string, unknown>>; get: () => Record<string, unknown> }; close: () => void }
const openDatabase = (file: string): Libsql => {
  const Database = require('libsql') as new (file: string, options?: object) => Libsql
  return new Database(file, { readonly: true })
}

describe('many writers at once (Local API)', () => {
  let newsroom: SeededNewsroom
  beforeAll(async () => {
    newsroom = await seededNewsroom()
  })
  afterAll(async () => {
    await newsroom.payload.destroy()
  })

  const draft = (title: string) => ({ title, standfirst: 'Chapô.', section: newsroom.sectionId }) as RequiredDataFromCollectionSlug<'articles'>

  needsRealMongo('without transactions, concurrent saves of one document overwrite each other’s locales')('takes 16 concurrent saves of one localized document, each locale ending with one of its writes', async () => {
    const doc = await newsroom.payload.create({ collection: 'articles', data: draft('Seize mains') })
    const locales = ['fr', 'ar', 'en', 'zgh'] as const
    const writes = Array.from({ length: 16 }, (_, index) => {
      const locale = locales[index % 4] as (typeof locales)[number]
      return newsroom.payload.update({ collection: 'articles', id: doc.id, locale, draft: true, data: { title: `${locale} ${index}` }, user: newsroom.staff.editor, overrideAccess: false })
    })
    const outcomes = await Promise.allSettled(writes)
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([])
    for (const locale of locales) {
      const stored = await newsroom.payload.findByID({ collection: 'articles', id: doc.id, locale, draft: true, fallbackLocale: false })
      expect(stored.title).toMatch(new RegExp(`^${locale} \\d+$`))
    }
    const versions = await newsroom.payload.countVersions({ collection: 'articles', where: { parent: { equals: doc.id } } })
    expect(versions.totalDocs).toBe(17)
  })

  it('takes 16 concurrent creates of different documents, every one whole', async () => {
    const created = await Promise.all(Array.from({ length: 16 }, (_, index) => newsroom.payload.create({ collection: 'articles', data: draft(`Concurrent ${index}`), user: newsroom.staff.editor, overrideAccess: false })))
    expect(new Set(created.map((doc) => doc.id)).size).toBe(16)
    for (const doc of created) {
      const versions = await newsroom.payload.countVersions({ collection: 'articles', where: { parent: { equals: doc.id } } })
      expect(versions.totalDocs).toBe(1)
    }
  })
})

describe('over HTTP: stale saves and edit locks', () => {
  let server: RunningServer
  let editor: string
  let second: string
  let sectionId: number | string
  beforeAll(async () => {
    server = await startServer()
    const admin = await registerFirstAdmin(server.url, password)
    editor = await inviteStaff(server.url, admin, 'editor', password, { role: 'editor' })
    second = await inviteStaff(server.url, admin, 'second', password, { role: 'editor' })
    sectionId = (await call<{ doc: { id: number } }>(`${server.url}/api/sections`, { method: 'POST', token: admin, json: { name: 'Fiabilité', slug: 'fiabilite' } })).body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('refuses with 409 a save based on a version older than the stored one', async () => {
    const created = await call<{ doc: { id: number; updatedAt: string } }>(`${server.url}/api/articles`, { method: 'POST', token: editor, json: { title: 'Vieille copie', standfirst: 'Chapô.', section: sectionId } })
    const first = await call(`${server.url}/api/articles/${created.body.doc.id}?draft=true`, { method: 'PATCH', token: editor, json: { standfirst: 'Premier.', updatedAt: created.body.doc.updatedAt } })
    expect(first.status).toBe(200)
    const stale = await call(`${server.url}/api/articles/${created.body.doc.id}?draft=true`, { method: 'PATCH', token: second, json: { standfirst: 'Écrase ?', updatedAt: created.body.doc.updatedAt } })
    expect(stale.status).toBe(409)
  })

  it('refuses with 423 a save of a document another editor is editing', async () => {
    const created = await call<{ doc: { id: number } }>(`${server.url}/api/articles`, { method: 'POST', token: editor, json: { title: 'En cours d’édition', standfirst: 'Chapô.', section: sectionId } })
    const lock = await call(`${server.url}/api/payload-locked-documents`, { method: 'POST', token: editor, json: { document: { relationTo: 'articles', value: created.body.doc.id } } })
    expect(lock.status).toBe(201)
    const blocked = await call(`${server.url}/api/articles/${created.body.doc.id}?draft=true&overrideLock=false`, { method: 'PATCH', token: second, json: { standfirst: 'Par-dessus.' } })
    expect(blocked.status).toBe(423)
  })
})

onSqlite('another process holding the SQLite write lock', () => {
  let server: RunningServer
  let editor: string
  let sectionId: number | string
  beforeAll(async () => {
    server = await startServer({ SQLITE_WRITE_WAIT_MS: '1500' })
    const admin = await registerFirstAdmin(server.url, password)
    editor = await inviteStaff(server.url, admin, 'editor', password, { role: 'editor' })
    sectionId = (await call<{ doc: { id: number } }>(`${server.url}/api/sections`, { method: 'POST', token: admin, json: { name: 'Verrous', slug: 'verrous' } })).body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  /** A second process takes SQLite's write lock on the server's file and holds it for `ms`. */
  async function holdLock(ms: number): Promise<ChildProcess> {
    const file = server.databaseURI.replace(/^file:/, '')
    const script = `const D=require('libsql');const db=new D(${JSON.stringify(file)});db.exec('BEGIN IMMEDIATE');console.log('locked');setTimeout(()=>{db.exec('ROLLBACK');db.close();process.exit(0)},${ms})`
    const holder = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve, reject) => {
      holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve())
      holder.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)))
    })
    return holder
  }

  const timed = async <T>(work: Promise<T>): Promise<{ value: T; ms: number }> => {
    const started = Date.now()
    const value = await work
    return { value, ms: Date.now() - started }
  }

  it('keeps answering health and reads at once, answers the waiting write 503 with Retry-After, and stores nothing', async () => {
    const holder = await holdLock(4_000)
    try {
      const write = timed(call(`${server.url}/api/articles`, { method: 'POST', token: editor, json: { title: 'Pendant le verrou', standfirst: 'Chapô.', section: sectionId } }))
      await new Promise((resolve) => setTimeout(resolve, 200))
      const health = await timed(call(`${server.url}/healthz`))
      expect(health.value.status).toBe(200)
      expect(health.ms).toBeLessThan(500)
      const read = await timed(call(`${server.url}/api/sections`, { token: editor }))
      expect(read.value.status).toBe(200)
      expect(read.ms).toBeLessThan(1_000)
      const ready = await call<{ status: string; reason: string }>(`${server.url}/readyz`)
      expect(ready.status).toBe(503)
      expect(ready.body.reason).toContain('locked')
      const { value: refused } = await write
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBeTruthy()
    } finally {
      await exitOf(holder)
    }
    const stored = await call<{ totalDocs: number }>(`${server.url}/api/articles?where[title][equals]=Pendant le verrou&draft=true`, { token: editor })
    expect(stored.body.totalDocs).toBe(0)
    expect((await call(`${server.url}/readyz`)).status).toBe(200)
    const after = await call(`${server.url}/api/articles`, { method: 'POST', token: editor, json: { title: 'Après le verrou', standfirst: 'Chapô.', section: sectionId } })
    expect(after.status).toBe(201)
  })

  it('lets a write that waits less than the limit through once the lock is released', async () => {
    const holder = await holdLock(600)
    const write = await call(`${server.url}/api/articles`, { method: 'POST', token: editor, json: { title: 'Patiente', standfirst: 'Chapô.', section: sectionId } })
    await exitOf(holder)
    expect(write.status).toBe(201)
  })
})

onSqlite('stopping and dying under load', () => {
  const burst = async (url: string, token: string, sectionId: number | string, count: number, onEach?: (index: number) => void) => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: count }, async (_, index) => {
        onEach?.(index)
        const reply = await call<{ doc?: { id: number } }>(`${url}/api/articles`, { method: 'POST', token, json: { title: `Rafale ${index}`, standfirst: 'Chapô.', section: sectionId } })
        return reply
      }),
    )
    return outcomes
  }

  async function newsroomWithEditor(server: RunningServer) {
    const admin = await registerFirstAdmin(server.url, password)
    const editor = await inviteStaff(server.url, admin, 'editor', password, { role: 'editor' })
    const section = await call<{ doc: { id: number } }>(`${server.url}/api/sections`, { method: 'POST', token: admin, json: { name: 'Rafales', slug: 'rafales' } })
    return { editor, sectionId: section.body.doc.id }
  }

  const storedArticles = (file: string) => {
    const db = openDatabase(file)
    try {
      return db.prepare("select a.id, (select count(*) from articles_locales l where l._parent_id = a.id) as locales, (select count(*) from _articles_v v where v.parent_id = a.id) as versions from articles a where a.id in (select _parent_id from articles_locales where title like 'Rafale %')").all() as Array<{ id: number; locales: number; versions: number }>
    } finally {
      db.close()
    }
  }

  it('drains in-flight requests when npm start’s process group gets SIGTERM: everything acknowledged is stored', async () => {
    const server = await startServer({}, 90_000, { viaNpm: true })
    const { editor, sectionId } = await newsroomWithEditor(server)
    const outcomes = burst(server.url, editor, sectionId, 24)
    // Mid-burst: some creates answered, others waiting for the database, as they would be when a deploy comes.
    setTimeout(() => process.kill(-(server.child.pid as number), 'SIGTERM'), 250)
    const settled = await outcomes
    await groupEnded(server.child.pid as number)
    const acknowledged = settled.filter((outcome) => outcome.status === 'fulfilled' && outcome.value.status === 201).length
    // Every create the server read was answered: its request log has as many as the clients were told of. (A
    // connection still in the kernel's accept queue when the listener closes is reset unread: never accepted.)
    const answered = server.output().split('\n').filter((line) => line.includes('"url":"/api/articles"') && line.includes('"statusCode":201')).length
    expect(answered).toBe(acknowledged)
    const unanswered = settled.filter((outcome) => outcome.status === 'fulfilled' && outcome.value.status !== 201)
    expect(unanswered).toEqual([])
    const stored = storedArticles(server.databaseURI.replace(/^file:/, ''))
    expect(stored.length).toBe(acknowledged)
    expect(acknowledged).toBeGreaterThan(0)
    expect(server.output()).toContain('SIGTERM received')
    // The server itself drained and closed the database; nothing killed it first.
    expect(server.output()).toContain('Newsroom stopped.')
  })

  it('never leaves half a document after kill -9 in the middle of a burst of creates', async () => {
    const server = await startServer()
    const { editor, sectionId } = await newsroomWithEditor(server)
    const outcomes = burst(server.url, editor, sectionId, 40, (index) => {
      if (index === 20) setTimeout(() => server.child.kill('SIGKILL'), 15)
    })
    const settled = await outcomes
    await exitOf(server.child)
    const acknowledged = settled.filter((outcome) => outcome.status === 'fulfilled' && outcome.value.status === 201).length
    const stored = storedArticles(server.databaseURI.replace(/^file:/, ''))
    for (const article of stored) {
      expect(article.locales).toBeGreaterThan(0)
      expect(article.versions).toBeGreaterThan(0)
    }
    // Acknowledged creates are all there; a create that died with the process is whole or absent.
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged)
  })

  it('lets a job that is running when SIGTERM comes finish its work before the server exits', async () => {
    const delivered: string[] = []
    const receiver = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        delivered.push(body)
        // A slow subscriber: the delivery job is still running when the server is told to stop.
        setTimeout(() => res.end('ok'), 1_500)
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const port = (receiver.address() as AddressInfo).port
    const server = await startServer({ SEED_ON_START: 'true', WEBHOOK_ALLOWED_HOSTS: `127.0.0.1:${port}` })
    try {
      const admin = await registerFirstAdmin(server.url, password)
      const editor = await inviteStaff(server.url, admin, 'editor', password, { role: 'editor' })
      const subscription = await call(`${server.url}/api/webhook-subscriptions`, {
        method: 'POST',
        token: admin,
        json: { name: 'Lent', url: `http://127.0.0.1:${port}/hook`, secret: 'a-subscriber-secret-of-sufficient-length', events: ['withdraw'] },
      })
      expect(subscription.status).toBe(201)
      const article = (await call<{ docs: Array<{ id: number }> }>(`${server.url}/api/articles?limit=1`)).body.docs[0]
      const withdrawn = await call(`${server.url}/api/articles/${article?.id}/transition`, {
        method: 'POST',
        token: editor,
        json: { action: 'withdraw', withdrawal: { reason: 'archived', explanation: 'Archivé pour le test.' } },
      })
      expect(withdrawn.status).toBe(200)
      const run = call(`${server.url}/api/payload-jobs/run`, { token: admin })
      while (delivered.length === 0) await new Promise((resolve) => setTimeout(resolve, 50))
      server.child.kill('SIGTERM')
      expect((await run).status).toBe(200)
      expect(await exitOf(server.child)).toBe(0)
      const db = openDatabase(server.databaseURI.replace(/^file:/, ''))
      try {
        expect(db.prepare('select succeeded from webhook_deliveries').all()).toEqual([{ succeeded: 1 }])
        expect(db.prepare("select count(*) as open from payload_jobs where processing = 1 or (completed_at is null and task_slug = 'deliverWebhook')").get()).toEqual({ open: 0 })
      } finally {
        db.close()
      }
    } finally {
      await server.stop()
      await new Promise((resolve) => receiver.close(resolve))
    }
  })

  it('lets only administrators run the jobs queue by hand', async () => {
    const server = await startServer()
    try {
      const admin = await registerFirstAdmin(server.url, password)
      const editor = await inviteStaff(server.url, admin, 'editor', password, { role: 'editor' })
      // Payload answers a refused run with 401 (not signed in as someone allowed).
      expect((await call(`${server.url}/api/payload-jobs/run`, { token: editor })).status).toBe(401)
      expect((await call(`${server.url}/api/payload-jobs/run`)).status).toBe(401)
      expect((await call(`${server.url}/api/payload-jobs/run`, { token: admin })).status).toBe(200)
    } finally {
      await server.stop()
    }
  })
})
