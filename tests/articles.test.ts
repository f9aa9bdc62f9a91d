import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RequiredDataFromCollectionSlug } from 'payload'
import { article } from '../src/seed/content'
import { heading, paragraph, richText } from '../src/richText/build'
import { failedFields, refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'

let newsroom: SeededNewsroom

beforeAll(async () => {
  newsroom = await seededNewsroom()
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

/** Article data as a writer sends it: the type, slug and reading time are left for the CMS to fill in. */
const draftArticle = (title: string, extra: Record<string, unknown> = {}) =>
  ({ title, standfirst: 'Un chapô de test.', section: newsroom.sectionId, ...extra }) as RequiredDataFromCollectionSlug<'articles'>

describe('articles', () => {
  it.each(['fr', 'ar', 'en'] as const)('finds the launch article by its %s slug, in that language', async (locale) => {
    const { docs } = await newsroom.payload.find({
      collection: 'articles',
      locale,
      where: { slug: { equals: article.slug[locale] } },
      overrideAccess: false,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.title).toBe(article.title[locale])
  })

  it('falls back to French where Tamazight has no translation yet', async () => {
    const doc = await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale: 'zgh' })
    expect(doc.title).toBe(article.title.fr)
    const strict = await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale: 'zgh', fallbackLocale: false })
    expect(strict.title ?? null).toBeNull()
  })

  it('makes the slug from the title, keeping Arabic letters, and refuses a taken slug in the same locale', async () => {
    const created = await newsroom.payload.create({
      collection: 'articles',
      locale: 'ar',
      data: draftArticle('منتدى الرقمنة في الرباط'),
      draft: true,
    })
    expect(created.slug).toBe('منتدى-الرقمنة-في-الرباط')
    const error = await refusal(
      newsroom.payload.create({ collection: 'articles', locale: 'ar', data: draftArticle('منتدى الرقمنة في الرباط') }),
    )
    expect(failedFields(error)).toContain('slug')
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('already used by another document in this language')
  })

  it('lets the same slug stand in another locale of another document', async () => {
    const created = await newsroom.payload.create({
      collection: 'articles',
      locale: 'en',
      data: draftArticle('Other story', { slug: article.slug.fr }),
    })
    expect(created.slug).toBe(article.slug.fr)
  })

  it('refuses a malformed slug with its rule', async () => {
    const error = await refusal(
      newsroom.payload.create({ collection: 'articles', data: draftArticle('Bad slug', { slug: 'Has Spaces!' }) }),
    )
    expect(failedFields(error)).toEqual(['slug'])
  })

  it.each([
    ['title', { title: undefined }],
    ['standfirst', { standfirst: undefined }],
    ['section', { section: undefined }],
  ])('requires %s before publishing', async (field, missing) => {
    const error = await refusal(
      newsroom.payload.create({ collection: 'articles', data: { ...draftArticle('Incomplete'), ...missing, _status: 'published' } as never }),
    )
    expect(error.status).toBe(400)
    expect(failedFields(error)).toContain(field)
  })

  it('refuses a press coverage link that is not a web address', async () => {
    const error = await refusal(
      newsroom.payload.create({
        collection: 'articles',
        data: draftArticle('Coverage', {
          pressCoverage: [{ outlet: 'Le Matin', headline: 'Titre', url: 'javascript:alert(1)', language: 'fr' }],
        }),
      }),
    )
    expect(failedFields(error)).toEqual(['pressCoverage.0.url'])
  })

  it('computes the reading time per locale from the body', async () => {
    const words = Array.from({ length: 450 }, (_, i) => `mot${i}`).join(' ')
    const created = await newsroom.payload.create({
      collection: 'articles',
      data: draftArticle('Long read', { body: richText([heading('Intro'), paragraph(words)]) }),
    })
    expect(created.readingTime).toBe(3)
    const arabic = await newsroom.payload.update({
      collection: 'articles',
      id: created.id as number,
      locale: 'ar',
      data: { title: 'قراءة قصيرة', standfirst: 'مقدمة', body: richText([paragraph('كلمات قليلة فقط', 'rtl')], 'rtl') },
    })
    expect(arabic.readingTime).toBe(1)
    const french = await newsroom.payload.findByID({ collection: 'articles', id: created.id, locale: 'fr' })
    expect(french.readingTime).toBe(3)
  })

  it('records which quotes, organisations and events the body shows', async () => {
    const doc = await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale: 'ar', depth: 0 })
    expect(doc.embeddedQuotes).toHaveLength(2)
    expect(doc.embeddedOrganisations).toHaveLength(6)
    expect(doc.embeddedEvents).toHaveLength(1)
  })

  it('hides drafts from anonymous readers and shows them to staff', async () => {
    const draft = await newsroom.payload.create({ collection: 'articles', data: draftArticle('Brouillon secret'), draft: true })
    const anonymous = await newsroom.payload.find({ collection: 'articles', where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(anonymous.docs).toHaveLength(0)
    const asEditor = await newsroom.payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
      user: newsroom.staff.editor,
      draft: true,
    })
    expect(asEditor.docs).toHaveLength(1)
  })

  it('dates a first publication that has no date', async () => {
    const published = await newsroom.payload.create({ collection: 'articles', data: { ...draftArticle('Publié maintenant'), _status: 'published' } })
    expect(published.publishedAt).toBeTruthy()
  })
})

describe('writes in every locale at once (locale=all)', () => {
  const all = 'all' as 'fr'

  it('updates an article in several locales, slugs made per locale', async () => {
    const created = await newsroom.payload.create({ collection: 'articles', data: draftArticle('Un seul lieu'), user: newsroom.staff.editor, overrideAccess: false })
    await newsroom.payload.update({
      collection: 'articles',
      id: created.id,
      locale: all,
      data: { title: { fr: 'Tous les lieux', ar: 'كل اللغات' }, slug: { fr: 'tous-les-lieux' }, standfirst: { fr: 'Chapô', ar: 'مقدمة' } } as never,
      user: newsroom.staff.editor,
      overrideAccess: false,
    })
    const both = (await newsroom.payload.findByID({ collection: 'articles', id: created.id, locale: all, draft: true })) as unknown as { slug: Record<string, string> }
    expect(both.slug).toMatchObject({ fr: 'tous-les-lieux', ar: 'كل-اللغات' })
    await newsroom.payload.update({
      collection: 'articles',
      id: created.id,
      locale: all,
      data: { title: { fr: 'Tous les lieux, revu', ar: 'كل اللغات' }, standfirst: { fr: 'Chapô revu', ar: 'مقدمة' } } as never,
      user: newsroom.staff.editor,
      overrideAccess: false,
    })
    const french = await newsroom.payload.findByID({ collection: 'articles', id: created.id, locale: 'fr', draft: true })
    expect(french).toMatchObject({ title: 'Tous les lieux, revu', slug: 'tous-les-lieux' })
  })

  it('refuses, naming the locale, a slug another article uses in that locale', async () => {
    const created = await newsroom.payload.create({ collection: 'articles', data: draftArticle('Autre'), user: newsroom.staff.editor, overrideAccess: false })
    const error = await refusal(
      newsroom.payload.update({
        collection: 'articles',
        id: created.id,
        locale: all,
        data: { title: { fr: 'Autre', ar: 'آخر' }, slug: { fr: 'autre', ar: article.slug.ar }, standfirst: { fr: 'Chapô', ar: 'مقدمة' } } as never,
        user: newsroom.staff.editor,
        overrideAccess: false,
      }),
    )
    expect(failedFields(error)).toEqual(['slug'])
    expect(JSON.stringify(error.data)).toContain(article.slug.ar)
  })

  it('refuses to create in every locale at once with a 400 that says how', async () => {
    const error = await refusal(
      newsroom.payload.create({ collection: 'articles', locale: all, data: { title: { fr: 'X' } } as never, user: newsroom.staff.editor, overrideAccess: false }),
    )
    expect(error.status).toBe(400)
    expect(error.message).toContain('PATCH ?locale=all')
  })
})
