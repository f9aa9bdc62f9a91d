import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RequiredDataFromCollectionSlug } from 'payload'
import { event } from '../src/seed/content'
import { failedFields, refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'

let newsroom: SeededNewsroom

beforeAll(async () => {
  newsroom = await seededNewsroom()
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

let forums = 0
/** A different forum each time, so that generated slugs never clash between tests. */
const forum = (extra: Record<string, unknown>) =>
  ({
    title: `Forum du numérique ${++forums}`,
    summary: 'Un forum de test.',
    startsAt: '2026-03-10T09:00:00.000Z',
    endsAt: '2026-03-10T18:00:00.000Z',
    ...extra,
  }) as RequiredDataFromCollectionSlug<'launch-events'>

describe('launch events', () => {
  it.each(['fr', 'ar', 'en'] as const)('reads the launch by slug in %s with organiser, partners and speakers', async (locale) => {
    const { docs } = await newsroom.payload.find({
      collection: 'launch-events',
      where: { slug: { equals: event.slug } },
      locale,
      depth: 1,
      overrideAccess: false,
    })
    const launch = docs[0]
    expect(launch?.title).toBe(event.title[locale])
    expect(launch?.partners).toHaveLength(6)
    expect(launch?.partners?.[0]).toMatchObject({ role: 'close-collaboration' })
    expect(launch?.speakers).toHaveLength(3)
    expect(typeof launch?.organiser === 'object' && launch.organiser?.acronym).toBe('MTNRA')
  })

  it('keeps the time zone, Casablanca by default', async () => {
    const created = await newsroom.payload.create({ collection: 'launch-events', data: forum({}) })
    expect(created.startsAt_tz).toBe('Africa/Casablanca')
  })

  it('refuses an event that ends before it starts', async () => {
    const error = await refusal(
      newsroom.payload.create({ collection: 'launch-events', data: forum({ endsAt: '2026-03-09T09:00:00.000Z' }) }),
    )
    expect(failedFields(error)).toEqual(['endsAt'])
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('cannot end before it starts')
  })

  it.each([
    ['before the event starts', '2026-03-10T07:00:00.000Z', 'starts before the event does'],
    ['after the event ends', '2026-03-10T20:00:00.000Z', 'after the event has ended'],
  ])('refuses an agenda item %s', async (_when, time, message) => {
    const error = await refusal(
      newsroom.payload.create({ collection: 'launch-events', data: forum({ agenda: [{ startsAt: time, title: 'Ouverture' }] }) }),
    )
    expect(failedFields(error)).toEqual(['agenda.0.startsAt'])
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain(message)
  })

  it('accepts an agenda item inside the event', async () => {
    const created = await newsroom.payload.create({
      collection: 'launch-events',
      data: forum({ slug: 'forum-agenda', agenda: [{ startsAt: '2026-03-10T10:00:00.000Z', title: 'Ouverture' }] }),
    })
    expect(created.agenda).toHaveLength(1)
  })

  it.each([
    ['livestreamUrl', { livestreamUrl: 'not a link' }],
    ['registrationUrl', { registrationUrl: 'javascript:void(0)' }],
    ['venue.latitude', { venue: { latitude: 120 } }],
  ])('refuses a bad %s', async (field, bad) => {
    const error = await refusal(newsroom.payload.create({ collection: 'launch-events', data: forum(bad) }))
    expect(failedFields(error)).toEqual([field])
  })

  it('hides a draft event from anonymous readers', async () => {
    const draft = await newsroom.payload.create({ collection: 'launch-events', data: forum({ slug: 'secret-forum' }), draft: true })
    const seen = await newsroom.payload.find({ collection: 'launch-events', where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(seen.docs).toHaveLength(0)
  })

  it('refuses to delete an event a published article is about', async () => {
    const { docs } = await newsroom.payload.find({ collection: 'launch-events', where: { slug: { equals: event.slug } }, depth: 0 })
    const error = await refusal(newsroom.payload.delete({ collection: 'launch-events', id: docs[0]?.id as number }))
    expect(error.status).toBe(409)
    expect(error.message).toContain('MoroccoTech : le Maroc lance sa marque numérique nationale')
  })
})
