import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { logosDir } from '../src/paths'
import { initialsLogo } from '../src/seed/logos'
import { failedFields, refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'

let newsroom: SeededNewsroom

beforeAll(async () => {
  newsroom = await seededNewsroom()
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

const svgFile = (svg: string, name = 'logo.svg') => {
  const data = Buffer.from(svg)
  return { data, mimetype: 'image/svg+xml', name, size: data.length }
}

describe('organisations', () => {
  it.each(['fr', 'ar', 'en'] as const)('reads CGEM by slug in %s with its logo', async (locale) => {
    const { docs } = await newsroom.payload.find({ collection: 'organisations', where: { slug: { equals: 'cgem' } }, locale, depth: 1 })
    expect(docs[0]?.acronym).toBe('CGEM')
    expect(typeof docs[0]?.logo === 'object' && docs[0]?.logo?.mimeType).toBe('image/svg+xml')
  })

  it('falls back to the French name in Tamazight', async () => {
    const { docs } = await newsroom.payload.find({ collection: 'organisations', where: { slug: { equals: 'add' } }, locale: 'zgh' })
    expect(docs[0]?.name).toBe('Agence de développement du digital')
  })

  it('refuses a website that is not a web address', async () => {
    const error = await refusal(
      newsroom.payload.create({ collection: 'organisations', data: { name: 'Test', kind: 'company', website: 'javascript:alert(1)' } as never }),
    )
    expect(failedFields(error)).toEqual(['website'])
  })

  it('refuses to delete an organisation that published content uses, naming it', async () => {
    const { docs } = await newsroom.payload.find({ collection: 'organisations', where: { acronym: { equals: 'APEBI' } }, depth: 0 })
    const error = await refusal(newsroom.payload.delete({ collection: 'organisations', id: docs[0]?.id as number }))
    expect(error.status).toBe(409)
    expect(error.message).toContain('articles "MoroccoTech : le Maroc lance sa marque numérique nationale"')
    expect(error.message).toContain('launch-events "Lancement de la marque MoroccoTech"')
  })

  it('deletes an organisation nothing uses', async () => {
    const lonely = await newsroom.payload.create({ collection: 'organisations', data: { name: 'Éphémère', kind: 'other' } as never })
    await newsroom.payload.delete({ collection: 'organisations', id: lonely.id })
    const left = await newsroom.payload.find({ collection: 'organisations', where: { id: { equals: lonely.id } } })
    expect(left.totalDocs).toBe(0)
  })
})

describe('logos', () => {
  it('accepts a plain SVG drawing', async () => {
    const logo = await newsroom.payload.create({ collection: 'logos', data: { alt: 'Logo propre' }, file: svgFile(initialsLogo('OK', '#123456'), 'ok.svg') })
    expect(logo.mimeType).toBe('image/svg+xml')
  })

  it.each([
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="5"/></svg>', 'a <script> element'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="5"/></svg>', 'event handler attribute (onload)'],
    ['a javascript: link', '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><circle r="5"/></a></svg>', 'javascript: link'],
    [
      'an external image',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://tracker.example/p.png"/></svg>',
      'external reference',
    ],
  ])('refuses an SVG holding %s, with a clear message, and stores nothing', async (_what, svg, message) => {
    const before = readdirSync(logosDir).length
    const count = (await newsroom.payload.count({ collection: 'logos' })).totalDocs
    const error = await refusal(newsroom.payload.create({ collection: 'logos', data: { alt: 'Piège' }, file: svgFile(svg, 'trap.svg') }))
    expect(error.status).toBe(400)
    expect(error.message).toContain(message)
    expect(readdirSync(logosDir).length).toBe(before)
    expect((await newsroom.payload.count({ collection: 'logos' })).totalDocs).toBe(count)
  })

  it('refuses a logo in another format than SVG, PNG or WebP', async () => {
    const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')
    const error = await refusal(
      newsroom.payload.create({ collection: 'logos', data: { alt: 'JPEG' }, file: { data: jpeg, mimetype: 'image/jpeg', name: 'logo.jpg', size: jpeg.length } }),
    )
    expect(error.status).toBe(400)
  })

  it('requires alt text', async () => {
    const error = await refusal(newsroom.payload.create({ collection: 'logos', data: {} as never, file: svgFile(initialsLogo('NA', '#000')) }))
    expect(failedFields(error)).toEqual(['alt'])
  })
})
