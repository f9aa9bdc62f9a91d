import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { isEmptyNewsroom, seedMoroccoTechLaunch } from '../src/seed'
import { newsroomOnFreshDatabase } from './helpers/payload'

let payload: Payload
const seeded: CollectionSlug[] = ['sections', 'organisations', 'logos', 'media', 'officials', 'appointments', 'quotes', 'launch-events', 'articles']

const counts = async () =>
  Object.fromEntries(await Promise.all(seeded.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs])))

beforeAll(async () => {
  payload = await newsroomOnFreshDatabase()
})

afterAll(async () => {
  await payload.destroy()
})

describe('the MoroccoTech launch seed', () => {
  it('loads into an empty newsroom', async () => {
    expect(await isEmptyNewsroom(payload)).toBe(true)
    const report = await seedMoroccoTechLaunch(payload)
    expect(report.skipped).toBe(0)
    expect(await isEmptyNewsroom(payload)).toBe(false)
    expect(await counts()).toEqual({
      sections: 1,
      organisations: 8,
      logos: 8,
      media: 1,
      officials: 3,
      appointments: 3,
      quotes: 3,
      'launch-events': 1,
      articles: 1,
    })
  })

  it('changes nothing when run a second time', async () => {
    const before = await counts()
    const article = await payload.find({ collection: 'articles', limit: 1, depth: 0 })
    const report = await seedMoroccoTechLaunch(payload)
    expect(report.created).toBe(0)
    expect(await counts()).toEqual(before)
    const after = await payload.find({ collection: 'articles', limit: 1, depth: 0 })
    expect(after.docs[0]?.updatedAt).toBe(article.docs[0]?.updatedAt)
  })

  it('publishes the article in French, Arabic and English, with headings, quotes and a partner strip', async () => {
    for (const locale of ['fr', 'ar', 'en'] as const) {
      const { docs } = await payload.find({ collection: 'articles', locale, fallbackLocale: false, depth: 0, overrideAccess: false })
      const body = JSON.stringify(docs[0]?.body)
      expect(docs[0]?._status).toBe('published')
      expect(body).toContain('"tag":"h2"')
      expect(body).toContain('"blockType":"officialQuote"')
      expect(body).toContain('"blockType":"partnerStrip"')
    }
  })

  it('fills site settings, navigation and homepage', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'ar' })
    expect(settings.tagline).toBe('الرقمي صنع في المغرب')
    expect(Object.values(settings.social ?? {}).filter(Boolean)).toHaveLength(5)
    const navigation = await payload.findGlobal({ slug: 'navigation', locale: 'en' })
    expect(navigation.header?.map((item) => item.kind)).toEqual(['section', 'article'])
    const homepage = await payload.findGlobal({ slug: 'homepage', depth: 1 })
    expect(typeof homepage.leadArticle === 'object' && homepage.leadArticle?.slug).toBeTruthy()
    expect(homepage.partnerStrip).toHaveLength(6)
  })
})
