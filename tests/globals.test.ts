import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { failedFields, refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'

let newsroom: SeededNewsroom

beforeAll(async () => {
  newsroom = await seededNewsroom()
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

describe('site globals', () => {
  it('are readable by anonymous front ends', async () => {
    const settings = await newsroom.payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings.siteName).toBe('MoroccoTech')
  })

  it('are changed by editors, not by authors', async () => {
    await expect(
      newsroom.payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Nouveau' }, overrideAccess: false, user: newsroom.staff.author }),
    ).rejects.toMatchObject({ status: 403 })
    const updated = await newsroom.payload.updateGlobal({
      slug: 'site-settings',
      data: { tagline: 'Nouveau' },
      overrideAccess: false,
      user: newsroom.staff.editor,
    })
    expect(updated.tagline).toBe('Nouveau')
  })

  it('refuse a social link that is not a web address', async () => {
    const error = await refusal(newsroom.payload.updateGlobal({ slug: 'site-settings', data: { social: { facebook: 'facebook/moroccotech' } } }))
    expect(failedFields(error)).toEqual(['social.facebook'])
  })

  it.each([
    ['section', { label: 'Rubrique', kind: 'section' }, 'header.0.section'],
    ['article', { label: 'Article', kind: 'article' }, 'header.0.article'],
    ['external', { label: 'Ailleurs', kind: 'external', url: 'ftp://nope' }, 'header.0.url'],
  ])('refuse a %s menu item that does not say where it leads', async (_kind, item, path) => {
    const error = await refusal(newsroom.payload.updateGlobal({ slug: 'navigation', data: { header: [item as never] } }))
    expect(failedFields(error)).toEqual([path])
  })
})
