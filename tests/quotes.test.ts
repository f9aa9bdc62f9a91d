import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RequiredDataFromCollectionSlug } from 'payload'
import type { Appointment, Official } from '../src/payload-types'
import { failedFields, refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'

let newsroom: SeededNewsroom
let mezzour: Official
let alj: Official
let mezzourMinister: Appointment

beforeAll(async () => {
  newsroom = await seededNewsroom()
  const officials = await newsroom.payload.find({ collection: 'officials', depth: 0, limit: 10 })
  mezzour = officials.docs.find((official) => official.slug === 'ghita-mezzour') as Official
  alj = officials.docs.find((official) => official.slug === 'chakib-alj') as Official
  const appointments = await newsroom.payload.find({ collection: 'appointments', where: { official: { equals: mezzour.id } }, depth: 0 })
  mezzourMinister = appointments.docs[0] as Appointment
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

/** Quote data as an author sends it: the approval status is left to its default unless given. */
const quote = (extra: Record<string, unknown>) =>
  ({
    text: 'Des propos de test.',
    originalLocale: 'fr',
    speaker: mezzour.id,
    appointment: mezzourMinister.id,
    saidOn: '2022-01-14',
    ...extra,
  }) as RequiredDataFromCollectionSlug<'quotes'>

describe('officials and their appointments', () => {
  it.each(['fr', 'ar', 'en'] as const)('reads an official by slug in %s, with their appointments over time', async (locale) => {
    const { docs } = await newsroom.payload.find({ collection: 'officials', where: { slug: { equals: 'ghita-mezzour' } }, locale })
    expect(docs[0]?.appointments?.docs).toHaveLength(1)
    expect(docs[0]?.fullName).toBeTruthy()
  })

  it('lets one person hold different roles over the years', async () => {
    const earlier = await newsroom.payload.create({
      collection: 'appointments',
      data: { official: mezzour.id, roleTitle: 'Professeure associée', startDate: '2015-09-01', endDate: '2021-10-06' },
    })
    const official = await newsroom.payload.findByID({ collection: 'officials', id: mezzour.id })
    expect(official.appointments?.docs?.length).toBe(2)
    await newsroom.payload.delete({ collection: 'appointments', id: earlier.id })
  })

  it('refuses an appointment that ends before it starts', async () => {
    const error = await refusal(
      newsroom.payload.create({
        collection: 'appointments',
        data: { official: mezzour.id, roleTitle: 'Rôle', startDate: '2022-01-01', endDate: '2021-01-01' },
      }),
    )
    expect(failedFields(error)).toEqual(['endDate'])
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('cannot end before it starts')
  })
})

describe('quotes', () => {
  it('refuses an appointment held by another official', async () => {
    const error = await refusal(newsroom.payload.create({ collection: 'quotes', data: quote({ speaker: alj.id }) }))
    expect(failedFields(error)).toEqual(['appointment'])
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('belongs to another official')
  })

  it('refuses an appointment that did not cover the day the words were said', async () => {
    const error = await refusal(newsroom.payload.create({ collection: 'quotes', data: quote({ saidOn: '2020-03-01' }) }))
    expect(failedFields(error)).toEqual(['appointment'])
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('did not hold')
  })

  it('marks the text as a translation outside the locale it was said in', async () => {
    const created = await newsroom.payload.create({ collection: 'quotes', data: quote({ approvalStatus: 'approved' }) })
    await newsroom.payload.update({ collection: 'quotes', id: created.id, locale: 'ar', data: { text: 'تصريح للاختبار.' } })
    const french = await newsroom.payload.findByID({ collection: 'quotes', id: created.id, locale: 'fr' })
    const arabic = await newsroom.payload.findByID({ collection: 'quotes', id: created.id, locale: 'ar' })
    expect(french.isTranslation).toBe(false)
    expect(arabic).toMatchObject({ text: 'تصريح للاختبار.', isTranslation: true, originalLocale: 'fr' })
  })

  it('shows anonymous readers approved quotes only', async () => {
    const pending = await newsroom.payload.create({ collection: 'quotes', data: quote({ text: 'Pas encore validée.' }) })
    const visible = await newsroom.payload.find({ collection: 'quotes', overrideAccess: false, limit: 50 })
    expect(visible.docs.map((doc) => doc.id)).not.toContain(pending.id)
    expect(visible.docs.every((doc) => doc.approvalStatus === 'approved')).toBe(true)
    expect(visible.docs.length).toBeGreaterThanOrEqual(3)
  })

  it('refuses to delete a quote a published article shows, naming the article', async () => {
    const used = await newsroom.payload.find({ collection: 'articles', where: { id: { equals: newsroom.articleId } }, depth: 0 })
    const quoteId = used.docs[0]?.embeddedQuotes?.[0] as number
    const error = await refusal(newsroom.payload.delete({ collection: 'quotes', id: quoteId }))
    expect(error.status).toBe(409)
    expect(error.message).toContain('MoroccoTech : le Maroc lance sa marque numérique nationale')
    expect(await newsroom.payload.findByID({ collection: 'quotes', id: quoteId })).toBeTruthy()
  })

  it('refuses to delete an official who is quoted, naming the quotes', async () => {
    const error = await refusal(newsroom.payload.delete({ collection: 'officials', id: alj.id }))
    expect(error.status).toBe(409)
    expect(error.message).toContain('quotes "')
  })
})

describe('approval belongs to editors', () => {
  const as = (user: unknown) => ({ user: user as never, overrideAccess: false })

  it('creates an author’s quote pending, whatever approval it sends, so it is not public', async () => {
    const sent = await newsroom.payload.create({ collection: 'quotes', data: quote({ text: 'Une citation forcée.', approvalStatus: 'approved' }), ...as(newsroom.staff.author) })
    expect(sent.approvalStatus).toBe('pending')
    const publicView = await newsroom.payload.find({ collection: 'quotes', where: { id: { equals: sent.id } }, overrideAccess: false })
    expect(publicView.docs).toHaveLength(0)
  })

  beforeAll(async () => {
    newsroom.staff.translator = await newsroom.payload.update({ collection: 'users', id: newsroom.staff.translator.id, data: { translatorLocales: ['ar'] } })
  })

  it.each([
    ['author', 'fr'],
    ['translator', 'ar'],
  ] as const)('keeps a pending quote pending when the %s tries to approve it', async (role, locale) => {
    const pending = await newsroom.payload.create({ collection: 'quotes', data: quote({ text: `En attente (${role}).` }) })
    await newsroom.payload
      .update({ collection: 'quotes', id: pending.id, locale, data: { approvalStatus: 'approved' }, ...as(newsroom.staff[role]) })
      .catch((error: Error) => expect(error.message).toBeTruthy())
    const after = await newsroom.payload.findByID({ collection: 'quotes', id: pending.id })
    expect(after.approvalStatus).toBe('pending')
  })

  it('lets an editor approve', async () => {
    const pending = await newsroom.payload.create({ collection: 'quotes', data: quote({ text: 'À valider.' }) })
    const after = await newsroom.payload.update({ collection: 'quotes', id: pending.id, data: { approvalStatus: 'approved' }, ...as(newsroom.staff.editor) })
    expect(after.approvalStatus).toBe('approved')
  })

  it('sends an approved quote back to pending when an author changes the words, but not when it is translated', async () => {
    const approved = await newsroom.payload.create({ collection: 'quotes', data: quote({ text: 'Les mots validés.', approvalStatus: 'approved' }) })
    const translated = await newsroom.payload.update({ collection: 'quotes', id: approved.id, locale: 'ar', data: { text: 'الكلمات المصادق عليها.' }, ...as(newsroom.staff.translator) })
    expect(translated.approvalStatus).toBe('approved')
    const reworded = await newsroom.payload.update({ collection: 'quotes', id: approved.id, locale: 'fr', data: { text: 'D’autres mots.' }, ...as(newsroom.staff.author) })
    expect(reworded.approvalStatus).toBe('pending')
  })

  it('sends an approved quote back to pending when an author moves it to another day, also through a write in every locale', async () => {
    const approved = await newsroom.payload.create({ collection: 'quotes', data: quote({ text: 'Validée, datée.', approvalStatus: 'approved' }) })
    const moved = await newsroom.payload.update({ collection: 'quotes', id: approved.id, data: { saidOn: '2022-01-15' }, ...as(newsroom.staff.author) })
    expect(moved.approvalStatus).toBe('pending')
    const again = await newsroom.payload.create({ collection: 'quotes', data: quote({ text: 'Validée, toutes langues.', approvalStatus: 'approved' }) })
    const allLocales = await newsroom.payload.update({ collection: 'quotes', id: again.id, locale: 'all' as 'fr', data: { text: { fr: 'Réécrite.' } } as never, ...as(newsroom.staff.author) })
    expect(allLocales.approvalStatus).toBe('pending')
  })
})
