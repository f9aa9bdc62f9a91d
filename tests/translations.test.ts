import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { User } from '../src/payload-types'
import { refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'

let newsroom: SeededNewsroom
let translator: User

beforeAll(async () => {
  newsroom = await seededNewsroom()
  translator = await newsroom.payload.update({
    collection: 'users',
    id: newsroom.staff.translator.id,
    data: { translatorLocales: ['ar', 'zgh'] },
  })
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

const asTranslator = (locale: 'fr' | 'ar' | 'en' | 'zgh' | 'all', data: Record<string, unknown>, draft = true) =>
  newsroom.payload.update({
    collection: 'articles',
    id: newsroom.articleId,
    locale: locale as 'fr',
    data,
    draft,
    user: translator,
    overrideAccess: false,
  })

describe('the translator role', () => {
  it('only an admin assigns a translator’s locales', async () => {
    const error = await refusal(
      newsroom.payload.update({ collection: 'users', id: translator.id, data: { translatorLocales: ['fr'] }, user: translator, overrideAccess: false }),
    )
    expect(error.status).toBe(403)
  })

  it('writes localized fields in an assigned locale', async () => {
    const saved = await asTranslator('zgh', { title: 'ⵎⵓⵔⵓⴽⵓⵜⵉⴽ: ⵍⵎⵖⵔⵉⴱ ⵉⵙⵙⵏⵓⵍⴼⵓ ⵜⴰⵏⵎⵍⵜ ⵏⵏⵙ ⵜⴰⵏⵓⵎⵉⵏⵜ' })
    expect(saved.title).toBe('ⵎⵓⵔⵓⴽⵓⵜⵉⴽ: ⵍⵎⵖⵔⵉⴱ ⵉⵙⵙⵏⵓⵍⴼⵓ ⵜⴰⵏⵎⵍⵜ ⵏⵏⵙ ⵜⴰⵏⵓⵎⵉⵏⵜ')
    const tifinaghSlug = await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale: 'zgh', draft: true })
    expect(tifinaghSlug.title).toContain('ⵍⵎⵖⵔⵉⴱ')
  })

  it.each(['fr', 'en', 'all'] as const)('refuses writing in %s, a locale not assigned', async (locale) => {
    const error = await refusal(asTranslator(locale, { title: 'Traduction' }))
    expect(error.status).toBe(403)
    expect((error as { data?: { rule?: string } }).data?.rule).toMatch(/^translation: locale/)
  })

  it.each([
    ['the section', { section: 999 }],
    ['the byline', { byline: 'X.Y' }],
    ['the launch event', { launchEvent: null }],
    ['the hero credit', { hero: { credit: 'Autre' } }],
  ])('refuses changing %s, shared by every language', async (_what, data) => {
    const error = await refusal(asTranslator('ar', data))
    expect(error.status).toBe(403)
    expect((error as { data?: { rule?: string } }).data?.rule).toBe('translation: localized fields only')
  })

  it('cannot publish', async () => {
    const error = await refusal(asTranslator('ar', { title: 'عنوان', _status: 'published', changeKind: 'minor' }, false))
    expect(error.status).toBe(403)
  })

  it('cannot create or delete', async () => {
    await expect(
      newsroom.payload.create({ collection: 'quotes', data: { text: 'x' } as never, user: translator, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(newsroom.payload.delete({ collection: 'articles', id: newsroom.articleId, user: translator, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })
})

describe('translation status', () => {
  const statusIn = async (locale: 'ar' | 'en') =>
    (await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale, draft: true, user: newsroom.staff.editor, overrideAccess: false }))
      .translationState

  it('is missing until a translator sets it, and done once marked so', async () => {
    expect(await statusIn('en')).toBe('missing')
    await asTranslator('ar', { translation: { status: 'done' } })
    expect(await statusIn('ar')).toBe('done')
  })

  it('becomes outdated when the French source changes after the translation was done', async () => {
    await newsroom.payload.update({
      collection: 'articles',
      id: newsroom.articleId,
      locale: 'fr',
      draft: true,
      data: { standfirst: 'Un chapô réécrit par la rédaction.' },
    })
    expect(await statusIn('ar')).toBe('outdated')
    await asTranslator('ar', { standfirst: 'مقدمة محيّنة.', translation: { status: 'done' } })
    expect(await statusIn('ar')).toBe('done')
  })

  it('is not outdated by a change in another translation', async () => {
    await newsroom.payload.update({ collection: 'articles', id: newsroom.articleId, locale: 'en', draft: true, data: { standfirst: 'A new English standfirst.' } })
    expect(await statusIn('ar')).toBe('done')
  })

  it('is hidden from anonymous readers', async () => {
    const anonymous = await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale: 'ar', overrideAccess: false })
    expect(anonymous.translation).toBeUndefined()
    expect(anonymous.translationState).toBeUndefined()
  })
})
