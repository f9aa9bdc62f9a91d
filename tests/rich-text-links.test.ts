import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RequiredDataFromCollectionSlug } from 'payload'
import { paragraph, richText } from '../src/richText/build'
import { unsafeLinkReason } from '../src/richText/links'
import { failedFields, refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'

let newsroom: SeededNewsroom

beforeAll(async () => {
  newsroom = await seededNewsroom()
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

const link = (url: string, linkType = 'custom') => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType, url, newTab: false },
  children: [{ type: 'text', text: 'cliquez ici', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
})

const bodyWith = (url: string) => richText([{ ...paragraph('Lire : '), children: [link(url)] } as never])

const hostile = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
]

describe('which link addresses are accepted', () => {
  it.each(['https://www.mmsp.gov.ma/fr', 'http://apebi.org.ma', 'mailto:presse@moroccotech.ma', 'tel:+212537000000'])('accepts %p', (url) => {
    expect(unsafeLinkReason(url)).toBeUndefined()
  })

  it.each(hostile)('refuses %p', (url) => {
    expect(unsafeLinkReason(url)).toBeTruthy()
  })

  it('refuses a relative address, which would resolve against whatever site shows the article', () => {
    expect(unsafeLinkReason('/fr/articles/x')).toMatch(/not a full address/)
  })
})

describe('links in articles, saved by an editor', () => {
  const article = (url: string) =>
    ({ title: `Lien ${url.length}`, standfirst: 'Chapô', section: newsroom.sectionId, body: bodyWith(url) }) as RequiredDataFromCollectionSlug<'articles'>

  it.each(hostile.slice(0, 4))('refuses a body linking to %p, naming the body', async (url) => {
    const error = await refusal(newsroom.payload.create({ collection: 'articles', data: article(url), user: newsroom.staff.editor, overrideAccess: false }))
    expect(failedFields(error)).toEqual(['body'])
  })

  it('keeps a web link', async () => {
    const saved = await newsroom.payload.create({ collection: 'articles', data: article('https://www.mmsp.gov.ma'), user: newsroom.staff.editor, overrideAccess: false })
    expect(JSON.stringify(saved.body)).toContain('https://www.mmsp.gov.ma')
  })

  it('never serves a dangerous link stored before links were checked: its text stays, the link goes', async () => {
    const saved = await newsroom.payload.create({ collection: 'articles', data: article('https://example.org/safe'), user: newsroom.staff.editor, overrideAccess: false })
    // Written straight to the database, as content from before the check would be.
    await newsroom.payload.db.updateOne({ collection: 'articles', id: saved.id, data: { body: bodyWith('javascript:alert(document.cookie)') }, locale: 'fr', req: {} as never })
    const read = await newsroom.payload.findByID({ collection: 'articles', id: saved.id, draft: true, user: newsroom.staff.editor, overrideAccess: false })
    const text = JSON.stringify(read.body)
    expect(text).toContain('cliquez ici')
    expect(text).not.toContain('javascript')
  })
})
