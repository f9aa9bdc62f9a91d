import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLValidator } from 'fast-xml-parser'
import { createLocalReq } from 'payload'
import type { User } from '../src/payload-types'
import { richText } from '../src/richText/build'
import { article as seededArticle } from '../src/seed/content'
import { translationBoard } from '../src/translation/dashboard'
import { exportXliff, importXliff } from '../src/translation/xliff/exchange'
import { refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'
import { arabicWordsIn, createSecondEditor, fireAs } from './helpers/workflow'
import { translateXliff } from './helpers/xliff'

let newsroom: SeededNewsroom
let translator: User
let secondEditor: User

beforeAll(async () => {
  newsroom = await seededNewsroom()
  translator = await newsroom.payload.update({
    collection: 'users',
    id: newsroom.staff.translator.id,
    data: { translatorLocales: ['ar', 'zgh'] },
  })
  secondEditor = await createSecondEditor(newsroom.payload)
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
    const data = locale === 'all' ? { title: { fr: 'Traduction' } } : { title: 'Traduction' }
    const error = await refusal(asTranslator(locale, data as never))
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
  const statusIn = async (locale: 'ar' | 'en' | 'zgh') =>
    (await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale, draft: true, user: newsroom.staff.editor, overrideAccess: false }))
      .translationState

  it('is missing until a translator sets it, then follows what they mark', async () => {
    expect(await statusIn('zgh')).toBe('missing')
    await asTranslator('zgh', { translation: { status: 'in-progress' } })
    expect(await statusIn('zgh')).toBe('in-progress')
    // Not done while the Tamazight body lacks the source's blocks; done once it has them, in its own words.
    await expect(asTranslator('zgh', { translation: { status: 'done' } })).rejects.toMatchObject({ status: 400 })
    const source = await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale: 'fr', draft: true, depth: 0 })
    await asTranslator('zgh', { body: arabicWordsIn(source.body), translation: { status: 'done' } })
    expect(await statusIn('zgh')).toBe('done')
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

type Locale = 'fr' | 'ar' | 'en' | 'zgh'

/** A new article written in French by the editor, with whatever translations the test gives it. */
async function draftArticle(title: string, translations: Partial<Record<Locale, Record<string, unknown>>> = {}) {
  const { payload, staff, sectionId } = newsroom
  const created = await payload.create({
    collection: 'articles',
    locale: 'fr',
    data: { title, standfirst: `Chapô : ${title}.`, section: sectionId },
    draft: true,
    user: staff.editor,
    overrideAccess: false,
  })
  for (const [locale, data] of Object.entries(translations)) {
    await payload.update({ collection: 'articles', id: created.id, locale: locale as 'ar', data, draft: true, user: staff.editor, overrideAccess: false })
  }
  return created.id
}

/** Submitted by the editor, then approved and published by a second editor. */
async function publish(id: number | string) {
  await fireAs(newsroom.payload, newsroom.staff.editor, 'submit', id)
  await fireAs(newsroom.payload, secondEditor, 'approve', id)
  return fireAs(newsroom.payload, secondEditor, 'publish', id)
}

const readAnonymously = (id: number | string, locale: Locale, fallbackLocale?: false) =>
  newsroom.payload.findByID({ collection: 'articles', id, locale, overrideAccess: false, ...(fallbackLocale === false ? { fallbackLocale: false as const } : {}) })

describe('the readiness rule', () => {
  it('refuses publishing while the Arabic translation is missing, naming the locale', async () => {
    const id = await draftArticle('Article sans traduction arabe')
    const error = await refusal(publish(id))
    expect(error.status).toBe(409)
    expect(error.message).toContain('(ar): missing')
    expect(error.data).toMatchObject({ rule: 'translation: required locales done', locales: ['ar'] })
    const stored = await newsroom.payload.findByID({ collection: 'articles', id, draft: true })
    expect(stored._status).toBe('draft')
  })

  it('refuses a translation still in review, and one outdated by a change to the French source', async () => {
    const id = await draftArticle('Article en relecture', { ar: { title: 'مقال قيد المراجعة', translation: { status: 'in-review' } } })
    expect((await refusal(publish(id))).message).toContain('(ar): in-review')
    await newsroom.payload.update({ collection: 'articles', id, locale: 'ar', draft: true, data: { translation: { status: 'done' } } })
    await newsroom.payload.update({ collection: 'articles', id, locale: 'fr', draft: true, data: { standfirst: 'Chapô réécrit après la traduction.' } })
    const error = await refusal(fireAs(newsroom.payload, secondEditor, 'publish', id))
    expect(error.message).toContain('(ar): outdated')
  })

  it('publishes once the required translations are done', async () => {
    const id = await draftArticle('Article prêt', { ar: { title: 'مقال جاهز', translation: { status: 'done' } } })
    const published = await publish(id)
    expect(published._status).toBe('published')
  })

  it('follows the locales an admin requires in the site settings', async () => {
    const { payload, staff } = newsroom
    // Only an admin changes the rule: an editor's change is not written.
    await payload.updateGlobal({ slug: 'site-settings', data: { translationRules: { articles: ['fr'] } }, user: staff.editor, overrideAccess: false })
    const settings = await payload.findGlobal({ slug: 'site-settings', user: staff.editor, overrideAccess: false })
    expect(settings.translationRules?.articles).toEqual(['fr', 'ar'])
    await payload.updateGlobal({ slug: 'site-settings', data: { translationRules: { articles: ['fr', 'en'] } }, user: staff.admin, overrideAccess: false })
    try {
      const id = await draftArticle('Article pour anglophones', { ar: { title: 'مقال', translation: { status: 'done' } } })
      expect((await refusal(publish(id))).message).toContain('(en): missing')
      const anonymous = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
      expect(anonymous.translationRules).toBeUndefined()
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { translationRules: { articles: ['fr', 'ar'] } }, user: staff.admin, overrideAccess: false })
    }
  })
})

describe('per-locale publication', () => {
  let id: number | string

  beforeAll(async () => {
    // Arabic is done; English was started but is still in progress when the article is published.
    id = await draftArticle('Le Maroc numérique en chiffres', {
      ar: { title: 'المغرب الرقمي بالأرقام', translation: { status: 'done' } },
      en: { title: 'UNFINISHED ENGLISH DRAFT', translation: { status: 'in-progress' } },
    })
    await publish(id)
  })

  it('makes the document live in French and in each translation done when it was published', async () => {
    const doc = await readAnonymously(id, 'ar')
    expect([...(doc.liveLocales ?? [])].sort()).toEqual(['ar', 'fr'])
    expect(doc.title).toBe('المغرب الرقمي بالأرقام')
    expect(doc.localeServed).toEqual({ requested: 'ar', served: 'ar', fallback: false })
  })

  it('serves readers of a locale not yet live the French text, and says so', async () => {
    const doc = await readAnonymously(id, 'en')
    expect(doc.title).toBe('Le Maroc numérique en chiffres')
    expect(JSON.stringify(doc)).not.toContain('UNFINISHED ENGLISH DRAFT')
    expect(doc.localeServed).toEqual({ requested: 'en', served: 'fr', fallback: true })
    const list = await newsroom.payload.find({ collection: 'articles', locale: 'en', where: { id: { equals: id } }, overrideAccess: false })
    expect(list.docs[0]?.title).toBe('Le Maroc numérique en chiffres')
  })

  it('answers not found to a reader who asks for no fallback', async () => {
    expect((await refusal(readAnonymously(id, 'en', false))).status).toBe(404)
    const list = await newsroom.payload.find({ collection: 'articles', locale: 'en', fallbackLocale: false, where: { id: { equals: id } }, overrideAccess: false })
    expect(list.docs).toHaveLength(0)
    expect((await readAnonymously(id, 'ar', false)).title).toBe('المغرب الرقمي بالأرقام')
  })

  it('lets the newsroom see the translation in progress', async () => {
    const staffView = await newsroom.payload.findByID({ collection: 'articles', id, locale: 'en', user: newsroom.staff.editor, overrideAccess: false })
    expect(staffView.title).toBe('UNFINISHED ENGLISH DRAFT')
    expect(staffView.localeServed).toMatchObject({ served: 'en', fallback: false })
  })

  it('keeps the seeded launch live in French, Arabic and English', async () => {
    const doc = await readAnonymously(newsroom.articleId, 'en')
    expect(doc.title).toBe(seededArticle.title.en)
    expect(doc.localeServed).toMatchObject({ served: 'en', fallback: false })
  })
})

describe('XLIFF 2.0 exchange', () => {
  const asUser = async (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, newsroom.payload)
  const exportSeeded = async (target = 'zgh', user: User = translator) =>
    exportXliff(await asUser(user), [{ collection: 'articles', id: newsroom.articleId }], target)
  const importAs = async (xml: string, user: User = translator) => importXliff(await asUser(user), xml)
  const draftIn = (locale: Locale) => newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale, draft: true, depth: 0, fallbackLocale: false })

  /** The tree of a rich text without its words or direction: what a translation must leave exactly as it was. */
  const structureOf = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(structureOf)
    if (!value || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'text' && key !== 'direction' && key !== 'heading' && key !== 'textFormat')
        .map(([key, entry]) => [key, structureOf(entry)]),
    )
  }
  const tifinagh = (text: string) => `ⵜⴰⵙⵓⵖⵍⵜ ${text.length}`

  it('exports the seeded article as well-formed XLIFF 2.0, rich text cut into units with inline codes', async () => {
    const xml = await exportSeeded()
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="zgh">')
    expect(xml).toContain(`<file id="articles:${newsroom.articleId}">`)
    expect(xml).toContain('<unit id="title">')
    expect(xml).toContain(seededArticle.headings.brand.fr)
    expect(xml).toMatch(/<unit id="body\.\d+\.fields\.heading">/)
    expect(xml).not.toContain('<target>')
  })

  it('keeps bold text and links as inline codes', async () => {
    const { payload, staff, sectionId } = newsroom
    const body = richText([
      {
        type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '',
        children: [
          { type: 'text', text: 'Lire ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
          { type: 'text', text: 'le communiqué', format: 1, detail: 0, mode: 'normal', style: '', version: 1 },
          { type: 'text', text: ' sur ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
          { type: 'link', direction: 'ltr', format: '', indent: 0, version: 3, fields: { linkType: 'custom', url: 'https://www.mmsp.gov.ma', newTab: true }, children: [{ type: 'text', text: 'le site du ministère', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
          { type: 'linebreak', version: 1 },
          { type: 'text', text: 'Fin.', format: 2, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ])
    const created = await payload.create({ collection: 'articles', locale: 'fr', draft: true, data: { title: 'Communiqué', standfirst: 'Chapô.', section: sectionId, body }, user: staff.editor, overrideAccess: false })
    const xml = await exportXliff(await asUser(staff.editor), [{ collection: 'articles', id: created.id }], 'ar')
    expect(xml).toContain('<source>Lire <pc id="c1" type="fmt" subType="xlf:b">le communiqué</pc> sur <pc id="c2" type="link">le site du ministère</pc><ph id="c3" type="fmt" subType="xlf:lb"')
    expect(xml).toContain('<pc id="c4" type="fmt" subType="xlf:i">Fin.</pc></source>')
    const translated = translateXliff(xml, (text) => `ع${text}`)
    await importXliff(await asUser(staff.editor), translated)
    const arabic = await payload.findByID({ collection: 'articles', id: created.id, locale: 'ar', draft: true, depth: 0, fallbackLocale: false })
    const [paragraph] = (arabic.body as unknown as { root: { children: Array<{ direction: string; children: Array<Record<string, unknown>> }> } }).root.children
    expect(paragraph?.direction).toBe('rtl')
    expect(paragraph?.children.map((node) => [node.type, node.format, node.text])).toEqual([
      ['text', 0, 'عLire '],
      ['text', 1, 'عle communiqué'],
      ['text', 0, 'ع sur '],
      ['link', '', undefined],
      ['linebreak', undefined, undefined],
      ['text', 2, 'عFin.'],
    ])
    expect(paragraph?.children[3]).toMatchObject({ fields: { url: 'https://www.mmsp.gov.ma', newTab: true }, children: [{ text: 'عle site du ministère' }] })
  })

  it('round-trips the seeded article: translated words in place, the structure exactly as in French, status in review', async () => {
    const french = await draftIn('fr')
    const translated = translateXliff(await exportSeeded(), (text) => tifinagh(text))
    const result = await importAs(translated)
    expect(result.documents).toEqual([{ collection: 'articles', id: newsroom.articleId, units: expect.any(Number) }])
    const imported = await draftIn('zgh')
    expect(structureOf(imported.body)).toEqual(structureOf(french.body))
    expect(imported.title).toBe(tifinagh(french.title as string))
    expect(imported.tags).toEqual((french.tags ?? []).map((tag) => tifinagh(tag)))
    expect(imported.hero?.caption).toBe(tifinagh(french.hero?.caption as string))
    expect(imported.hero?.image).toEqual(french.hero?.image)
    expect(JSON.stringify(imported.body)).not.toContain(seededArticle.headings.brand.fr)
    expect(imported.translation?.status).toBe('in-review')
  })

  describe('refuses, leaving the document unchanged,', () => {
    let valid: string
    let before: string

    beforeAll(async () => {
      valid = translateXliff(await exportSeeded(), (text) => tifinagh(text))
      before = JSON.stringify(await draftIn('zgh'))
    })

    const refusedImport = async (xml: string, user: User = translator) => {
      const error = await refusal(importAs(xml, user))
      expect(JSON.stringify(await draftIn('zgh'))).toBe(before)
      return error
    }

    it('malformed XML', async () => {
      const error = await refusedImport(valid.slice(0, Math.floor(valid.length / 2)))
      expect(error.status).toBe(400)
      expect(error.message).toMatch(/not well-formed/)
    })

    it('an external entity', async () => {
      const hostile = valid.replace('<xliff', '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<xliff').replace('<target>', '<target>&secret;')
      const error = await refusedImport(hostile)
      expect(error.status).toBe(400)
      expect(error.message).toMatch(/DTD or entities/)
    })

    it('an unknown segment', async () => {
      const error = await refusedImport(valid.replace('</file>', '<unit id="body.99"><segment><source>x</source><target>y</target></segment></unit></file>'))
      expect(error.status).toBe(400)
      expect(error.data).toMatchObject({ rule: 'xliff: unknown unit', units: ['body.99'] })
    })

    it('an inline code the source does not have', async () => {
      const injected = valid.replace(/(<unit id="title">.*?<target>)(.*?)(<\/target>)/, '$1<pc id="c9">$2</pc>$3')
      expect(injected).toContain('<pc id="c9">')
      const error = await refusedImport(injected)
      expect(error.status).toBe(400)
      expect(error.message).toMatch(/inline code "c9"/)
    })

    it('a locale the user may not write', async () => {
      const english = translateXliff(await exportSeeded('en', newsroom.staff.editor), (text) => `EN ${text}`)
      const error = await refusedImport(english)
      expect(error.status).toBe(403)
      expect((await refusal(exportSeeded('en'))).status).toBe(403)
    })

    it('a partial file', async () => {
      const partial = translateXliff(await exportSeeded(), (text) => tifinagh(text), (unit) => unit === 'standfirst')
      const error = await refusedImport(partial)
      expect(error.status).toBe(400)
      expect(error.data).toMatchObject({ rule: 'xliff: partial file', units: ['standfirst'] })
    })

    it('a file made before the French text changed', async () => {
      const stale = valid
      await newsroom.payload.update({ collection: 'articles', id: newsroom.articleId, locale: 'fr', draft: true, data: { standfirst: 'Le chapô a encore changé.' } })
      before = JSON.stringify(await draftIn('zgh'))
      const error = await refusedImport(stale)
      expect(error.status).toBe(409)
    })
  })
})

describe('the translations board', () => {
  const boardFor = async (user: User, filters: Record<string, string> = {}) =>
    translationBoard(newsroom.payload, await createLocalReq({ user: { ...user, collection: 'users' } as never }, newsroom.payload), filters)

  it('shows a translator their languages only, every document with its state and a link into the editor there', async () => {
    const board = await boardFor(translator)
    expect(board.locales).toEqual(['ar', 'zgh'])
    const seeded = board.rows.find((row) => row.collection === 'articles' && row.id === newsroom.articleId)
    expect(seeded?.cells.map((cell) => cell.locale)).toEqual(['ar', 'zgh'])
    expect(seeded?.cells[0]?.editLink).toBe(`/admin/collections/articles/${newsroom.articleId}?locale=ar`)
    expect(board.rows.some((row) => row.collection === 'quotes')).toBe(true)
    expect((await boardFor(translator, { locale: 'en' })).locales).toEqual(['ar', 'zgh'])
  })

  it('filters by language, state and type, with outdated computed', async () => {
    await newsroom.payload.update({ collection: 'articles', id: newsroom.articleId, locale: 'fr', draft: true, data: { standfirst: 'Le chapô, revu pour le tableau des traductions.' } })
    const editorBoard = await boardFor(newsroom.staff.editor)
    expect(editorBoard.locales).toEqual(['ar', 'en', 'zgh'])
    const outdated = await boardFor(newsroom.staff.editor, { locale: 'ar', status: 'outdated', collection: 'articles' })
    expect(outdated.locales).toEqual(['ar'])
    expect(outdated.rows.length).toBeGreaterThan(0)
    expect(outdated.rows.every((row) => row.collection === 'articles' && row.cells[0]?.state === 'outdated')).toBe(true)
    const missing = await boardFor(newsroom.staff.editor, { status: 'missing', collection: 'launch-events' })
    expect(missing.rows.every((row) => row.cells.some((cell) => cell.state === 'missing'))).toBe(true)
  })

  it('is not for anonymous readers', async () => {
    const error = await refusal(translationBoard(newsroom.payload, await createLocalReq({}, newsroom.payload), {}))
    expect(error.status).toBe(401)
  })
})
