import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RequiredDataFromCollectionSlug } from 'payload'
import type { TransitionRequest } from '../src/workflow/fire'
import { judgeTransition, SYSTEM, type SystemMove, systemMoves, type WorkflowAction, type WorkflowState, workflowActions, workflowStates } from '../src/workflow/states'
import { paragraph, block, richText } from '../src/richText/build'
import type { User } from '../src/payload-types'
import { failedFields, refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'
import { createSecondEditor, fireAs, runJobsUntil, translateIntoArabic } from './helpers/workflow'
import { sweepUntouchedDrafts } from '../src/workflow/untouchedDraft'

let newsroom: SeededNewsroom
let secondEditor: User
let articles = 0

beforeAll(async () => {
  newsroom = await seededNewsroom()
  secondEditor = await createSecondEditor(newsroom.payload)
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

const act = (user: User, action: WorkflowAction, id: number | string, extra: Partial<TransitionRequest> = {}) =>
  fireAs(newsroom.payload, user, action, id, extra)

/** A fresh draft written by the author, as the author would through the API. */
async function authorDraft(extra: Record<string, unknown> = {}) {
  const draft = await newsroom.payload.create({
    collection: 'articles',
    data: { title: `Dépêche ${++articles}`, standfirst: 'Chapô.', section: newsroom.sectionId, ...extra } as RequiredDataFromCollectionSlug<'articles'>,
    user: newsroom.staff.author,
    overrideAccess: false,
  })
  await translateIntoArabic(newsroom.payload, draft.id)
  return draft
}

const stateOf = async (id: number | string) =>
  (await newsroom.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })).workflowState

const isPublic = async (id: number | string) =>
  (await newsroom.payload.find({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

describe('the workflow table', () => {
  const author = { id: 'a', role: 'author' as const }
  const editor = { id: 'e', role: 'editor' as const }
  const admin = { id: 'x', role: 'admin' as const }
  const translator = { id: 't', role: 'translator' as const }
  const allowed: Record<WorkflowAction, Partial<Record<WorkflowState, string[]>>> = {
    submit: { draft: ['author', 'editor', 'admin'] },
    approve: { submitted: ['editor', 'admin'] },
    reject: { submitted: ['editor', 'admin'] },
    publish: { approved: ['editor', 'admin'] },
    schedule: { approved: ['editor', 'admin'] },
    forcePublish: { draft: ['admin'], submitted: ['admin'], approved: ['admin'], scheduled: ['admin'] },
    withdraw: { published: ['editor', 'admin'] },
    unpublish: { published: ['editor', 'admin'], scheduled: ['editor', 'admin'] },
  }
  const cases = workflowActions.flatMap((action) =>
    workflowStates.flatMap((state) =>
      [author, editor, admin, translator].map((actor) => [action, state, actor.role, (allowed[action][state] ?? []).includes(actor.role)] as const),
    ),
  )
  it.each(cases)('%s from %s by %s: allowed=%s', (action, state, role, expected) => {
    const actor = [author, editor, admin, translator].find((candidate) => candidate.role === role)
    expect(judgeTransition(action, { state, submittedBy: 'someone-else' }, actor).allowed).toBe(expected)
  })

  // The system's moves are rows of the same table: only the system fires them, and it fires nothing else.
  const bySystem: Record<SystemMove, WorkflowState[]> = {
    scheduledPublish: ['scheduled'],
    scheduledUnpublish: ['published'],
    releasePublish: ['approved', 'scheduled'],
  }
  const systemCases = systemMoves.flatMap((move) => workflowStates.map((state) => [move, state, bySystem[move].includes(state)] as const))
  it.each(systemCases)('system move %s from %s: allowed=%s, and never to a person', (move, state, expected) => {
    expect(judgeTransition(move, { state }, SYSTEM).allowed).toBe(expected)
    for (const person of [author, editor, admin]) expect(judgeTransition(move, { state }, person).allowed).toBe(false)
  })
  it.each(workflowActions)('the system never fires a person’s action (%s)', (action) => {
    for (const state of workflowStates) expect(judgeTransition(action, { state }, SYSTEM).allowed).toBe(false)
  })
})

describe('an article through the workflow', () => {
  it('goes draft → submitted → approved → published with two people, and only then is public', async () => {
    const draft = await authorDraft()
    expect(await stateOf(draft.id)).toBe('draft')
    await act(newsroom.staff.author, 'submit', draft.id)
    expect(await stateOf(draft.id)).toBe('submitted')
    await act(newsroom.staff.editor, 'approve', draft.id)
    expect(await isPublic(draft.id)).toBe(false)
    await act(secondEditor, 'publish', draft.id)
    expect(await stateOf(draft.id)).toBe('published')
    expect(await isPublic(draft.id)).toBe(true)
  })

  it('refuses an approval by whoever submitted (four eyes), naming the rule', async () => {
    const draft = await authorDraft()
    await act(newsroom.staff.editor, 'submit', draft.id)
    const error = await refusal(act(newsroom.staff.editor, 'approve', draft.id))
    expect(error).toMatchObject({ status: 403, data: { rule: 'workflow.approve: four eyes' } })
    expect(await stateOf(draft.id)).toBe('submitted')
  })

  it('refuses a transition from the wrong state with 409', async () => {
    const draft = await authorDraft()
    const error = await refusal(act(newsroom.staff.editor, 'publish', draft.id))
    expect(error.status).toBe(409)
  })

  it('refuses an author approving, with the rule', async () => {
    const draft = await authorDraft()
    await act(newsroom.staff.editor, 'submit', draft.id)
    const error = await refusal(act(newsroom.staff.author, 'approve', draft.id))
    expect(error).toMatchObject({ status: 403, data: { rule: 'workflow.approve: admin, editor' } })
  })

  it('sends a rejected article back to draft with the reviewer’s comment, which is required', async () => {
    const draft = await authorDraft()
    await act(newsroom.staff.author, 'submit', draft.id)
    expect(failedFields(await refusal(act(newsroom.staff.editor, 'reject', draft.id)))).toEqual(['comment'])
    await act(newsroom.staff.editor, 'reject', draft.id, { comment: 'Sourcez le chiffre du deuxième paragraphe.' })
    const doc = await newsroom.payload.findByID({ collection: 'articles', id: draft.id, draft: true, depth: 0 })
    expect(doc.workflowState).toBe('draft')
    expect(doc.editorial?.reviewComment).toBe('Sourcez le chiffre du deuxième paragraphe.')
  })

  it('lets an admin force-publish with a written reason, recorded and visible to staff only', async () => {
    const draft = await authorDraft()
    expect(failedFields(await refusal(act(newsroom.staff.admin, 'forcePublish', draft.id)))).toEqual(['reason'])
    await act(newsroom.staff.admin, 'forcePublish', draft.id, { reason: 'Communiqué urgent du cabinet.' })
    const staffView = await newsroom.payload.findByID({ collection: 'articles', id: draft.id, user: newsroom.staff.editor, overrideAccess: false })
    expect(staffView.editorial?.forcePublishReason).toBe('Communiqué urgent du cabinet.')
    const publicView = await newsroom.payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false })
    expect(publicView.editorial).toBeUndefined()
  })

  it('refuses publishing by a plain save, on every path', async () => {
    const draft = await authorDraft()
    const error = await refusal(
      newsroom.payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, user: newsroom.staff.editor, overrideAccess: false }),
    )
    expect(error).toMatchObject({ status: 403, data: { rule: 'workflow: publish through transitions' } })
    expect(await isPublic(draft.id)).toBe(false)
  })

  it('lets authors edit their own drafts only', async () => {
    const mine = await authorDraft()
    const edited = await newsroom.payload.update({
      collection: 'articles',
      id: mine.id,
      data: { standfirst: 'Nouveau chapô.' },
      user: newsroom.staff.author,
      overrideAccess: false,
    })
    expect(edited.standfirst).toBe('Nouveau chapô.')
    const error = await refusal(
      newsroom.payload.update({ collection: 'articles', id: newsroom.articleId, data: { standfirst: 'Piraté' }, user: newsroom.staff.author, overrideAccess: false }),
    )
    expect(error.status).toBe(403)
  })
})

describe('changes to published articles', () => {
  it('requires saying whether a change is minor or major, and a note for a major one, appended to the public history', async () => {
    const update = (data: Record<string, unknown>) =>
      newsroom.payload.update({ collection: 'articles', id: newsroom.articleId, data: { _status: 'published', ...data }, user: newsroom.staff.editor, overrideAccess: false, locale: 'fr' })
    expect(failedFields(await refusal(update({ standfirst: 'Corrigé.' })))).toEqual(['changeKind'])
    expect(failedFields(await refusal(update({ changeKind: 'major' })))).toEqual(['changeNote'])
    await update({ changeKind: 'minor', standfirst: 'Coquille corrigée.' })
    await update({ changeKind: 'major', changeNote: 'La date du lancement a été corrigée.' })
    const publicView = await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, overrideAccess: false, locale: 'fr' })
    expect(publicView.changeHistory?.map((entry) => entry.note)).toEqual(['La date du lancement a été corrigée.'])
    expect(publicView.changeNote).toBeUndefined()
  })

  it('refuses an author publishing changes to live content', async () => {
    const error = await refusal(
      newsroom.payload.update({ collection: 'articles', id: newsroom.articleId, data: { _status: 'published', changeKind: 'minor' }, user: newsroom.staff.author, overrideAccess: false }),
    )
    expect(error.status).toBe(403)
  })
})

describe('withdrawal', () => {
  it('keeps a withdrawn article readable by slug with its notice, and takes it out of lists', async () => {
    const draft = await authorDraft()
    await act(newsroom.staff.author, 'submit', draft.id)
    await act(newsroom.staff.editor, 'approve', draft.id)
    await act(secondEditor, 'publish', draft.id)
    expect(failedFields(await refusal(act(newsroom.staff.editor, 'withdraw', draft.id)))).toEqual(['withdrawal.reason'])
    await act(newsroom.staff.editor, 'withdraw', draft.id, { withdrawal: { reason: 'superseded', explanation: 'Remplacé par la version mise à jour.' } })
    const bySlug = await newsroom.payload.find({ collection: 'articles', where: { slug: { equals: draft.slug } }, overrideAccess: false })
    expect(bySlug.docs[0]?.withdrawal).toMatchObject({ reason: 'superseded', explanation: 'Remplacé par la version mise à jour.' })
    expect(bySlug.docs[0]?.withdrawal?.withdrawnAt).toBeTruthy()
    const list = await newsroom.payload.find({ collection: 'articles', overrideAccess: false, limit: 100 })
    expect(list.docs.map((doc) => doc.id)).not.toContain(draft.id)
  })

  it('takes a withdrawn lead article off the homepage for readers, not for editors', async () => {
    const draft = await authorDraft()
    await act(newsroom.staff.author, 'submit', draft.id)
    await act(newsroom.staff.editor, 'approve', draft.id)
    await act(secondEditor, 'publish', draft.id)
    await newsroom.payload.updateGlobal({ slug: 'homepage', data: { leadArticle: draft.id, featuredArticles: [draft.id, newsroom.articleId] } })
    await act(newsroom.staff.editor, 'withdraw', draft.id, { withdrawal: { reason: 'archived', explanation: 'Archivé.' } })
    const forReaders = await newsroom.payload.findGlobal({ slug: 'homepage', depth: 0, overrideAccess: false })
    expect(forReaders.leadArticle).toBeNull()
    expect(forReaders.featuredArticles).toEqual([newsroom.articleId])
    const forEditors = await newsroom.payload.findGlobal({ slug: 'homepage', depth: 0, user: newsroom.staff.editor, overrideAccess: false })
    expect(forEditors.leadArticle).toBe(draft.id)
  })
})

describe('quotes in published documents', () => {
  it('refuses publishing an article that embeds a pending quote, naming it', async () => {
    const quote = await newsroom.payload.create({
      collection: 'quotes',
      data: { ...(await newsroom.payload.find({ collection: 'quotes', limit: 1, depth: 0 })).docs[0], id: undefined, text: 'Propos en attente de validation.', approvalStatus: 'pending' } as never,
    })
    const draft = await authorDraft({ body: richText([paragraph('Texte.'), block('officialQuote', { quote: quote.id })]) })
    await act(newsroom.staff.author, 'submit', draft.id)
    await act(newsroom.staff.editor, 'approve', draft.id)
    const error = await refusal(act(secondEditor, 'publish', draft.id))
    expect(error.status).toBe(409)
    expect(error.message).toContain('Propos en attente de validation.')
    expect(await isPublic(draft.id)).toBe(false)
  })
})

describe('scheduled publication', () => {
  it('publishes an approved article when its time comes, through the jobs queue', async () => {
    const draft = await authorDraft()
    await act(newsroom.staff.author, 'submit', draft.id)
    await act(newsroom.staff.editor, 'approve', draft.id)
    const publishAt = new Date(Date.now() + 1500).toISOString()
    await act(secondEditor, 'schedule', draft.id, { publishAt })
    expect(await stateOf(draft.id)).toBe('scheduled')
    await newsroom.payload.jobs.run()
    expect(await isPublic(draft.id)).toBe(false)
    await runJobsUntil(newsroom.payload, async () => (await stateOf(draft.id)) === 'published')
    expect(await isPublic(draft.id)).toBe(true)
  })

  it('unpublishes at the set time too', async () => {
    const draft = await authorDraft()
    await act(newsroom.staff.author, 'submit', draft.id)
    await act(newsroom.staff.editor, 'approve', draft.id)
    const soon = Date.now()
    await act(secondEditor, 'schedule', draft.id, { publishAt: new Date(soon + 500).toISOString(), unpublishAt: new Date(soon + 1200).toISOString() })
    await runJobsUntil(newsroom.payload, () => isPublic(draft.id))
    await runJobsUntil(newsroom.payload, async () => !(await isPublic(draft.id)))
    expect(await stateOf(draft.id)).toBe('draft')
  })

  it('refuses a time in the past', async () => {
    const draft = await authorDraft()
    await act(newsroom.staff.author, 'submit', draft.id)
    await act(newsroom.staff.editor, 'approve', draft.id)
    const error = await refusal(act(secondEditor, 'schedule', draft.id, { publishAt: '2020-01-01T00:00:00Z' }))
    expect(failedFields(error)).toEqual(['publishAt'])
  })

  it('shows a failed scheduled publication on the document, and retries it', async () => {
    const quote = (await newsroom.payload.find({ collection: 'quotes', limit: 1, depth: 0, where: { approvalStatus: { equals: 'approved' } } })).docs[0]
    const draft = await authorDraft({ body: richText([paragraph('Texte.'), block('officialQuote', { quote: quote?.id })]) })
    await act(newsroom.staff.author, 'submit', draft.id)
    await act(newsroom.staff.editor, 'approve', draft.id)
    await act(secondEditor, 'schedule', draft.id, { publishAt: new Date(Date.now() + 1000).toISOString() })
    await newsroom.payload.update({ collection: 'quotes', id: quote?.id as number, data: { approvalStatus: 'withdrawn' } })
    const latest = () => newsroom.payload.findByID({ collection: 'articles', id: draft.id, draft: true, depth: 0 })
    await runJobsUntil(newsroom.payload, async () => Boolean((await latest()).editorial?.jobError))
    const doc = await latest()
    expect(doc.workflowState).toBe('scheduled')
    expect(doc.editorial?.jobError).toContain('not approved')
    const jobs = await newsroom.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishOnSchedule' } }, limit: 20 })
    const failing = jobs.docs.find((job) => (job.input as { id?: string }).id === String(draft.id))
    expect(failing?.log?.[0]?.state).toBe('failed')
    expect(failing?.hasError).toBe(false)
    expect(new Date(failing?.waitUntil as string).getTime()).toBeGreaterThan(Date.now())
    await newsroom.payload.update({ collection: 'quotes', id: quote?.id as number, data: { approvalStatus: 'approved' } })
  })
})

describe('duplicating a document', () => {
  it('makes a new draft: no review trail, no publication, no live locales, no translation states, a free slug', async () => {
    const original = await newsroom.payload.findByID({ collection: 'articles', id: newsroom.articleId, locale: 'all' as 'fr', draft: true })
    expect((original as unknown as { liveLocales: string[] }).liveLocales.length).toBeGreaterThan(1)
    const copy = await newsroom.payload.duplicate({ collection: 'articles', id: newsroom.articleId, user: newsroom.staff.editor, overrideAccess: false })
    const stored = (await newsroom.payload.findByID({ collection: 'articles', id: copy.id, locale: 'all' as 'fr', draft: true })) as unknown as Record<string, unknown> & {
      slug: Record<string, string>
      editorial?: Record<string, unknown>
      translation?: Record<string, { status?: string | null } | null>
    }
    expect(stored.workflowState).toBe('draft')
    expect(stored._status).toBe('draft')
    expect(stored.liveLocales ?? []).toEqual([])
    expect(stored.publishedAt ?? null).toBeNull()
    expect(stored.changeHistory ?? []).toEqual([])
    expect(Object.values(stored.editorial ?? {}).filter((value) => value !== null && value !== undefined)).toEqual([])
    expect(Object.values(stored.translation ?? {}).map((entry) => entry?.status ?? null).filter(Boolean)).toEqual([])
    const originalSlugs = (original as unknown as { slug: Record<string, string> }).slug
    expect(stored.slug.fr).toBe(`${originalSlugs.fr}-copie`)
    expect(stored.slug.ar).toBe(`${originalSlugs.ar}-copie`)
    const again = await newsroom.payload.duplicate({ collection: 'articles', id: newsroom.articleId, user: newsroom.staff.editor, overrideAccess: false })
    const second = (await newsroom.payload.findByID({ collection: 'articles', id: again.id, draft: true })) as { slug?: string | null }
    expect(second.slug).toBe(`${originalSlugs.fr}-copie-2`)
  })
})

describe('untouched drafts left by closed tabs', () => {
  it('are swept once old enough; anything written in, or published, stays', async () => {
    const empty = await newsroom.payload.create({ collection: 'articles', data: {} as never, draft: true, user: newsroom.staff.author, overrideAccess: false })
    const titled = await newsroom.payload.create({ collection: 'articles', data: { title: 'Un début' } as never, draft: true, user: newsroom.staff.author, overrideAccess: false })
    const before = await newsroom.payload.count({ collection: 'articles', overrideAccess: true })
    expect(await sweepUntouchedDrafts(newsroom.payload, 'articles', new Date(Date.now() - 60_000))).toBe(0)
    expect(await sweepUntouchedDrafts(newsroom.payload, 'articles', new Date(Date.now() + 1000))).toBe(1)
    const left = await newsroom.payload.find({ collection: 'articles', where: { id: { in: [empty.id, titled.id] } }, draft: true, depth: 0 })
    expect(left.docs.map((doc) => doc.id)).toEqual([titled.id])
    expect(await newsroom.payload.count({ collection: 'articles', overrideAccess: true })).toEqual({ totalDocs: before.totalDocs - 1 })
  })
})
