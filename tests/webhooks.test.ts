import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RequiredDataFromCollectionSlug } from 'payload'
import { verifyDelivery } from '../src/webhooks/signature'
import type { TransitionRequest } from '../src/workflow/fire'
import type { WorkflowAction } from '../src/workflow/states'
import type { User } from '../src/payload-types'
import { type SeededNewsroom, seededNewsroom } from './helpers/seeded'
import { createSecondEditor, fireAs, translateIntoArabic } from './helpers/workflow'

process.env.WEBHOOK_RETRY_DELAY_MS = '50'

type Received = { headers: Record<string, string | string[] | undefined>; body: string }
const received: Received[] = []
const answers: number[] = []
let receiver: Server
let receiverURL: string
let newsroom: SeededNewsroom
let secondEditor: User
const secret = 'a-subscriber-secret-of-sufficient-length'

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.statusCode = answers.shift() ?? 200
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverURL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/newsroom`
  // The test receiver is on this machine: allowed by name, as an operator allows a front end on the ministry's network.
  process.env.WEBHOOK_ALLOWED_HOSTS = `127.0.0.1:${(receiver.address() as AddressInfo).port}`
  newsroom = await seededNewsroom()
  secondEditor = await createSecondEditor(newsroom.payload)
  await newsroom.payload.create({ collection: 'webhook-subscriptions', data: { name: 'Portail partenaires', url: receiverURL, secret, events: ['publish', 'withdraw', 'delete'] } })
})

afterAll(async () => {
  await newsroom.payload.destroy()
  await new Promise((resolve) => receiver.close(resolve))
})

const act = (user: User, action: WorkflowAction, id: number | string, extra: Partial<TransitionRequest> = {}) =>
  fireAs(newsroom.payload, user, action, id, extra)

async function runJobsUntil(done: () => boolean, rounds = 40): Promise<void> {
  for (let round = 0; round < rounds && !done(); round++) {
    await newsroom.payload.jobs.run()
    await new Promise((resolve) => setTimeout(resolve, 60))
  }
}

describe('change webhooks', () => {
  it('delivers a signed publish event with the locales and slugs, retried after a 500, every attempt logged', async () => {
    const draft = await newsroom.payload.create({
      collection: 'articles',
      data: { title: 'Annonce aux partenaires', standfirst: 'Chapô.', section: newsroom.sectionId } as RequiredDataFromCollectionSlug<'articles'>,
    })
    await translateIntoArabic(newsroom.payload, draft.id)
    // English was begun but is not done: the article is not live in English, so the event does not announce it.
    await newsroom.payload.update({ collection: 'articles', id: draft.id, locale: 'en', draft: true, data: { title: 'Notice to partners', translation: { status: 'in-progress' } } })
    await act(newsroom.staff.author, 'submit', draft.id)
    await act(newsroom.staff.editor, 'approve', draft.id)
    answers.push(500)
    await act(secondEditor, 'publish', draft.id)
    await runJobsUntil(() => received.length >= 2)

    expect(received).toHaveLength(2)
    const delivery = received[1] as Received
    const body = JSON.parse(delivery.body) as Record<string, unknown>
    expect(body).toMatchObject({ event: 'publish', collection: 'articles', id: String(draft.id), locales: ['fr', 'ar'] })
    expect(body.slugs).toEqual({ fr: 'annonce-aux-partenaires', ar: expect.stringContaining('ترجمة') })
    const timestamp = Number(delivery.headers['x-newsroom-timestamp'])
    expect(verifyDelivery(secret, timestamp, delivery.body, String(delivery.headers['x-newsroom-signature']))).toBe(true)
    expect(verifyDelivery('another-secret-entirely-000000', timestamp, delivery.body, String(delivery.headers['x-newsroom-signature']))).toBe(false)
    expect(verifyDelivery(secret, timestamp - 3600, delivery.body, String(delivery.headers['x-newsroom-signature']))).toBe(false)

    const log = await newsroom.payload.find({ collection: 'webhook-deliveries', sort: 'createdAt', depth: 0 })
    expect(log.docs.map((entry) => [entry.attempt, entry.succeeded, entry.responseStatus])).toEqual([
      [1, false, 500],
      [2, true, 200],
    ])
    // Status and timing are kept; what the subscriber answered is not.
    expect(log.docs.every((entry) => typeof entry.durationMs === 'number')).toBe(true)
    expect(JSON.stringify(log.docs)).not.toContain('"ok"')
  })

  it('does not deliver events the subscriber did not ask for, nor the seed', async () => {
    const before = received.length
    await newsroom.payload.update({
      collection: 'articles',
      id: newsroom.articleId,
      data: { standfirst: 'Correction mineure.', _status: 'published', changeKind: 'minor' },
      user: newsroom.staff.editor,
      overrideAccess: false,
    })
    await runJobsUntil(() => false, 3)
    expect(received.length).toBe(before)
  })

  it('keeps the secret from everyone but admins', async () => {
    const { docs } = await newsroom.payload.find({ collection: 'webhook-subscriptions', user: newsroom.staff.admin, overrideAccess: false })
    expect(docs[0]?.secret).toBe(secret)
    await expect(newsroom.payload.find({ collection: 'webhook-subscriptions', user: newsroom.staff.editor, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })
})

describe('webhooks go to the public internet only', () => {
  const subscribe = (url: string) =>
    newsroom.payload.create({ collection: 'webhook-subscriptions', data: { name: 'Sonde', url, secret, events: ['publish'] }, user: newsroom.staff.admin, overrideAccess: false })

  it.each([
    'http://127.0.0.1:9/hook',
    'http://localhost/hook',
    'http://10.1.2.3/hook',
    'http://172.20.0.5/hook',
    'http://192.168.1.10/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.100.100.200/latest/meta-data/',
    'http://[::1]/hook',
    'http://[fd00::1]/hook',
    'http://[fe80::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::ffff:a9fe:a9fe]/hook',
    'http://0x7f000001/hook',
    'http://2130706433/hook',
    'http://0.0.0.0/hook',
    'ftp://files.example.org/hook',
    'http://user:pass@example.org/hook',
  ])('refuses to save a subscriber at %s', async (url) => {
    await expect(subscribe(url)).rejects.toMatchObject({ status: 400 })
  })

  it('checks again at delivery: a stored internal address is not called, and the attempt is logged', async () => {
    const port = (receiver.address() as AddressInfo).port
    const internal = await newsroom.payload.create({
      collection: 'webhook-subscriptions',
      data: { name: 'Interne', url: receiverURL, secret, events: ['publish'] },
    })
    // The address was allowed when saved; the operator then takes the permission back.
    process.env.WEBHOOK_ALLOWED_HOSTS = ''
    try {
      const before = received.length
      await newsroom.payload.jobs.queue({ task: 'deliverWebhook', input: { subscription: String(internal.id), body: JSON.stringify({ event: 'publish' }) } })
      await runJobsUntil(() => false, 2)
      expect(received.length).toBe(before)
      const log = await newsroom.payload.find({ collection: 'webhook-deliveries', where: { subscription: { equals: internal.id } }, depth: 0 })
      expect(log.docs[0]?.succeeded).toBe(false)
      expect(log.docs[0]?.error).toContain('private, local or reserved')
    } finally {
      process.env.WEBHOOK_ALLOWED_HOSTS = `127.0.0.1:${port}`
      await newsroom.payload.update({ collection: 'webhook-subscriptions', id: internal.id, data: { active: false } })
    }
  })

  it('does not follow a redirect to an address it may not call', async () => {
    const port = (receiver.address() as AddressInfo).port
    const bouncer = createServer((_req, res) => {
      res.writeHead(307, { Location: `http://127.0.0.1:${port}/hooks/newsroom` })
      res.end()
    })
    await new Promise<void>((resolve) => bouncer.listen(0, '127.0.0.1', resolve))
    const bouncerPort = (bouncer.address() as AddressInfo).port
    // Only the bouncer is allowed; the receiver it points to is not.
    process.env.WEBHOOK_ALLOWED_HOSTS = `127.0.0.1:${bouncerPort}`
    try {
      const before = received.length
      const sub = await newsroom.payload.create({ collection: 'webhook-subscriptions', data: { name: 'Rebond', url: `http://127.0.0.1:${bouncerPort}/in`, secret, events: ['publish'] } })
      await newsroom.payload.jobs.queue({ task: 'deliverWebhook', input: { subscription: String(sub.id), body: JSON.stringify({ event: 'publish' }) } })
      await runJobsUntil(() => false, 2)
      expect(received.length).toBe(before)
      const log = await newsroom.payload.find({ collection: 'webhook-deliveries', where: { subscription: { equals: sub.id } }, depth: 0 })
      expect(log.docs[0]?.error).toContain('redirected to')
      await newsroom.payload.update({ collection: 'webhook-subscriptions', id: sub.id, data: { active: false } })
    } finally {
      process.env.WEBHOOK_ALLOWED_HOSTS = `127.0.0.1:${port}`
      await new Promise((resolve) => bouncer.close(resolve))
    }
  })
})
