import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type RequiredDataFromCollectionSlug } from 'payload'
import { signPreview, verifyPreview } from '../src/preview/links'
import { publishRelease } from '../src/releases/publishRelease'
import { backfillAuditTitles } from '../src/audit/backfillTitles'
import type { TransitionRequest } from '../src/workflow/fire'
import type { WorkflowAction } from '../src/workflow/states'
import type { User } from '../src/payload-types'
import { refusal, type SeededNewsroom, seededNewsroom } from './helpers/seeded'
import { createSecondEditor, fireAs, runJobsUntil, translateIntoArabic } from './helpers/workflow'

let newsroom: SeededNewsroom
let secondEditor: User
let count = 0

beforeAll(async () => {
  newsroom = await seededNewsroom()
  secondEditor = await createSecondEditor(newsroom.payload)
})

afterAll(async () => {
  await newsroom.payload.destroy()
})

const act = (user: User, action: WorkflowAction, id: number | string, extra: Partial<TransitionRequest> = {}) =>
  fireAs(newsroom.payload, user, action, id, extra)

async function approvedArticle() {
  const draft = await newsroom.payload.create({
    collection: 'articles',
    data: { title: `Article coordonné ${++count}`, standfirst: 'Chapô.', section: newsroom.sectionId } as RequiredDataFromCollectionSlug<'articles'>,
    user: newsroom.staff.author,
    overrideAccess: false,
  })
  await translateIntoArabic(newsroom.payload, draft.id)
  await act(newsroom.staff.author, 'submit', draft.id)
  await act(newsroom.staff.editor, 'approve', draft.id)
  return draft
}

const auditOf = async (id: number | string, action: string) =>
  (await newsroom.payload.find({ collection: 'audit-log', where: { and: [{ documentId: { equals: String(id) } }, { action: { equals: action } }] }, depth: 0 })).docs

const isPublic = async (id: number | string) =>
  (await newsroom.payload.find({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

describe('the audit trail', () => {
  it('records who submitted, approved and published, with the document', async () => {
    const article = await approvedArticle()
    await act(secondEditor, 'publish', article.id)
    const { docs } = await newsroom.payload.find({
      collection: 'audit-log',
      where: { and: [{ targetCollection: { equals: 'articles' } }, { documentId: { equals: String(article.id) } }] },
      sort: 'createdAt',
      depth: 0,
    })
    // The update is the Arabic translation, which articles need before they are published.
    expect(docs.map((entry) => entry.action)).toEqual(['create', 'update', 'submit', 'approve', 'publish'])
    expect(docs[2]?.user).toBe(newsroom.staff.author.id)
    expect(docs[4]?.user).toBe(secondEditor.id)
    // Each entry names the document as people know it, not only by its id.
    expect(new Set(docs.map((entry) => entry.documentTitle))).toEqual(new Set([article.title]))
  })

  it('records role changes', async () => {
    const translator = newsroom.staff.translator
    await newsroom.payload.update({ collection: 'users', id: translator.id, data: { role: 'author' }, user: newsroom.staff.admin, overrideAccess: false })
    const { docs } = await newsroom.payload.find({ collection: 'audit-log', where: { action: { equals: 'roleChange' } }, depth: 0 })
    expect(docs[0]?.details).toEqual({ from: 'translator', to: 'author' })
  })

  it('cannot be edited or deleted by anyone, admins and the Local API included', async () => {
    const { docs } = await newsroom.payload.find({ collection: 'audit-log', limit: 1, depth: 0 })
    const id = docs[0]?.id as number
    for (const attempt of [
      newsroom.payload.update({ collection: 'audit-log', id, data: { action: 'delete' }, user: newsroom.staff.admin, overrideAccess: false }),
      newsroom.payload.update({ collection: 'audit-log', id, data: { action: 'delete' } }),
      newsroom.payload.delete({ collection: 'audit-log', id, user: newsroom.staff.admin, overrideAccess: false }),
      newsroom.payload.delete({ collection: 'audit-log', id }),
      newsroom.payload.create({ collection: 'audit-log', data: { action: 'create', targetCollection: 'x', documentId: '1' } }),
    ]) {
      expect((await refusal(attempt)).status).toBe(403)
    }
    expect((await newsroom.payload.findByID({ collection: 'audit-log', id })).action).toBe(docs[0]?.action)
  })

  it('is read by editors, not by authors', async () => {
    await expect(newsroom.payload.find({ collection: 'audit-log', user: newsroom.staff.author, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const asEditor = await newsroom.payload.find({ collection: 'audit-log', user: newsroom.staff.editor, overrideAccess: false })
    expect(asEditor.totalDocs).toBeGreaterThan(0)
  })
})

describe('coordinated releases', () => {
  it('publishes every document together when all are ready', async () => {
    const first = await approvedArticle()
    const second = await approvedArticle()
    const release = await newsroom.payload.create({
      collection: 'releases',
      data: { title: 'Annonce conjointe', items: [{ relationTo: 'articles', value: first.id }, { relationTo: 'articles', value: second.id }] },
    })
    const req = await createLocalReq({ user: { ...newsroom.staff.editor, collection: 'users' } as never }, newsroom.payload)
    expect(await publishRelease(req, release.id)).toEqual({ published: 2 })
    expect(await isPublic(first.id)).toBe(true)
    expect(await isPublic(second.id)).toBe(true)
  })

  it('publishes nothing when one document is not ready, and says why', async () => {
    const ready = await approvedArticle()
    const notReady = await newsroom.payload.create({
      collection: 'articles',
      data: { title: `Pas prêt ${++count}`, standfirst: 'Chapô.', section: newsroom.sectionId } as RequiredDataFromCollectionSlug<'articles'>,
    })
    const release = await newsroom.payload.create({
      collection: 'releases',
      data: { title: 'Annonce incomplète', items: [{ relationTo: 'articles', value: ready.id }, { relationTo: 'articles', value: notReady.id }] },
    })
    const req = await createLocalReq({ user: { ...newsroom.staff.editor, collection: 'users' } as never }, newsroom.payload)
    const error = await refusal(publishRelease(req, release.id))
    expect(error.status).toBe(409)
    expect(error.message).toContain(`articles ${notReady.id} is draft, not approved`)
    expect(await isPublic(ready.id)).toBe(false)
    const stored = await newsroom.payload.findByID({ collection: 'releases', id: release.id })
    expect(stored).toMatchObject({ state: 'failed' })
    expect(stored.failureReason).toContain('Nothing was published')
  })
})

describe('a release at its time', () => {
  it('goes public through the jobs queue when its time comes', async () => {
    const article = await approvedArticle()
    const release = await newsroom.payload.create({
      collection: 'releases',
      data: { title: 'Annonce programmée', publishAt: new Date(Date.now() + 800).toISOString(), items: [{ relationTo: 'articles', value: article.id }] },
    })
    await newsroom.payload.jobs.run()
    expect(await isPublic(article.id)).toBe(false)
    await runJobsUntil(newsroom.payload, () => isPublic(article.id))
    expect((await newsroom.payload.findByID({ collection: 'releases', id: release.id })).state).toBe('published')
  })
})

describe('stale writes', () => {
  it('refuses, with 409, a write based on an older version than the stored one', async () => {
    const article = await newsroom.payload.create({
      collection: 'articles',
      data: { title: `Concurrence ${++count}`, standfirst: 'Chapô.', section: newsroom.sectionId } as RequiredDataFromCollectionSlug<'articles'>,
    })
    const seenByTabOne = article.updatedAt
    await new Promise((resolve) => setTimeout(resolve, 10))
    const tabTwo = await newsroom.payload.update({
      collection: 'articles',
      id: article.id,
      data: { standfirst: 'Texte de l’onglet 2.', updatedAt: seenByTabOne },
      user: newsroom.staff.editor,
      overrideAccess: false,
      draft: true,
    })
    const error = await refusal(
      newsroom.payload.update({
        collection: 'articles',
        id: article.id,
        data: { standfirst: 'Texte de l’onglet 1.', updatedAt: seenByTabOne },
        user: newsroom.staff.editor,
        overrideAccess: false,
        draft: true,
      }),
    )
    expect(error.status).toBe(409)
    const stored = await newsroom.payload.findByID({ collection: 'articles', id: article.id, draft: true })
    expect(stored.standfirst).toBe('Texte de l’onglet 2.')
    expect(stored.updatedAt).toBe(tabTwo.updatedAt)
  })
})

describe('preview links', () => {
  const secret = 'a-secret-long-enough-for-the-test-0123456789'
  const claim = { collection: 'articles', id: '7', locale: 'ar', expiresAt: Date.now() + 60_000 }

  it('accepts a valid link', () => {
    expect(verifyPreview(secret, signPreview(secret, claim))).toEqual({ valid: true, claim })
  })

  it('refuses an expired link', () => {
    const token = signPreview(secret, { ...claim, expiresAt: Date.now() - 1 })
    expect(verifyPreview(secret, token)).toMatchObject({ valid: false, reason: expect.stringContaining('expired') })
  })

  it('refuses a tampered link: another document, or another secret', () => {
    const [, signature] = signPreview(secret, claim).split('.')
    const forged = `${Buffer.from(JSON.stringify({ ...claim, id: '8' })).toString('base64url')}.${signature}`
    expect(verifyPreview(secret, forged)).toMatchObject({ valid: false, reason: expect.stringContaining('tampered') })
    expect(verifyPreview('another-secret', signPreview(secret, claim))).toMatchObject({ valid: false })
    expect(verifyPreview(secret, 'garbage')).toMatchObject({ valid: false })
  })
})

describe('live preview', () => {
  it('points the admin at the front end named by FRONTEND_URL, per document and locale, and at the built-in page without it', async () => {
    const { livePreview } = await import('../src/preview/livePreview')
    const builtIn = (livePreview(undefined).url as (args: unknown) => string)({ data: { id: 7, slug: 'x' }, collectionConfig: { slug: 'launch-events' }, locale: { code: 'zgh' } })
    expect(builtIn).toMatch(/^https?:\/\/[^/]+\/api\/launch-events\/7\/preview-page\?locale=zgh$/)
    const config = livePreview('https://moroccotech.example/')
    expect(config?.collections).toEqual(['articles', 'launch-events'])
    const url = (config?.url as (args: unknown) => string)({
      data: { slug: 'المغرب-يطلق' },
      collectionConfig: { slug: 'articles' },
      locale: { code: 'ar' },
    })
    expect(url).toBe(`https://moroccotech.example/preview/articles/${encodeURIComponent('المغرب-يطلق')}?locale=ar`)
  })
})

describe('four eyes on what goes live, whatever the route', () => {
  it('sends an approved article back to review when it is changed, with the editor who changed it as submitter', async () => {
    const article = await approvedArticle()
    const changed = await newsroom.payload.update({ collection: 'articles', id: article.id, draft: true, data: { standfirst: 'Chapô réécrit après validation.' }, user: newsroom.staff.editor, overrideAccess: false })
    expect(changed.workflowState).toBe('submitted')
    expect(await auditOf(article.id, 'returnToReview')).toHaveLength(1)
    // The editor who changed it cannot approve their own change; a second editor can.
    await expect(act(newsroom.staff.editor, 'approve', article.id)).rejects.toMatchObject({ status: 403 })
    await act(secondEditor, 'approve', article.id)
  })

  it('leaves an approved article approved when a save changes nothing', async () => {
    const article = await approvedArticle()
    const same = await newsroom.payload.update({ collection: 'articles', id: article.id, draft: true, data: { standfirst: 'Chapô.' }, user: newsroom.staff.editor, overrideAccess: false })
    expect(same.workflowState).toBe('approved')
  })

  it('calls off a scheduled publication when the article is changed, so it does not go out unreviewed', async () => {
    const article = await approvedArticle()
    await act(secondEditor, 'schedule', article.id, { publishAt: new Date(Date.now() + 700).toISOString() })
    const changed = await newsroom.payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: 'Titre changé après programmation' }, user: newsroom.staff.editor, overrideAccess: false })
    expect(changed.workflowState).toBe('submitted')
    await new Promise((resolve) => setTimeout(resolve, 900))
    await newsroom.payload.jobs.run()
    expect(await isPublic(article.id)).toBe(false)
  })

  it('publishes in a release nothing changed since its approval', async () => {
    const article = await approvedArticle()
    await newsroom.payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: 'Changé avant la publication coordonnée' }, user: newsroom.staff.editor, overrideAccess: false })
    const release = await newsroom.payload.create({ collection: 'releases', data: { title: 'Après changement', items: [{ relationTo: 'articles', value: article.id }] } })
    const req = await createLocalReq({ user: { ...secondEditor, collection: 'users' } as never }, newsroom.payload)
    const error = await refusal(publishRelease(req, release.id))
    expect(error.message).toContain('is submitted, not approved')
    expect(await isPublic(article.id)).toBe(false)
  })

  it('refuses a release published by hand by the person who submitted one of its documents', async () => {
    const draft = await newsroom.payload.create({
      collection: 'articles',
      data: { title: `Soumis par un rédacteur en chef ${++count}`, standfirst: 'Chapô.', section: newsroom.sectionId } as RequiredDataFromCollectionSlug<'articles'>,
    })
    await translateIntoArabic(newsroom.payload, draft.id)
    await act(newsroom.staff.editor, 'submit', draft.id)
    await act(secondEditor, 'approve', draft.id)
    const release = await newsroom.payload.create({ collection: 'releases', data: { title: 'Par son auteur', items: [{ relationTo: 'articles', value: draft.id }] } })
    const bySubmitter = await createLocalReq({ user: { ...newsroom.staff.editor, collection: 'users' } as never }, newsroom.payload)
    const error = await refusal(publishRelease(bySubmitter, release.id))
    expect(error.message).toContain('a second editor must publish this release')
    expect(await isPublic(draft.id)).toBe(false)
  })

  it('writes an audit entry for each document a release publishes', async () => {
    const first = await approvedArticle()
    const second = await approvedArticle()
    const release = await newsroom.payload.create({ collection: 'releases', data: { title: 'Audit par document', items: [{ relationTo: 'articles', value: first.id }, { relationTo: 'articles', value: second.id }] } })
    const req = await createLocalReq({ user: { ...newsroom.staff.editor, collection: 'users' } as never }, newsroom.payload)
    await publishRelease(req, release.id)
    for (const article of [first, second]) {
      const entries = await auditOf(article.id, 'releasePublish')
      expect(entries).toHaveLength(1)
      expect(entries[0]?.details).toMatchObject({ release: release.id })
    }
  })
})

describe('a release and the embargo of its scheduled items', () => {
  const tomorrow = () => new Date(Date.now() + 20 * 3600_000).toISOString()

  async function scheduledArticle(publishAt: string) {
    const article = await approvedArticle()
    await act(secondEditor, 'schedule', article.id, { publishAt })
    return article
  }

  it('refuses to plan a release before the time one of its items was scheduled for, naming it', async () => {
    const embargo = tomorrow()
    const article = await scheduledArticle(embargo)
    const error = await refusal(
      newsroom.payload.create({
        collection: 'releases',
        data: { title: 'Trop tôt', publishAt: new Date(Date.now() + 3600_000).toISOString(), items: [{ relationTo: 'articles', value: article.id }] },
        user: newsroom.staff.editor,
        overrideAccess: false,
      }),
    )
    expect(error.status).toBe(400)
    expect(JSON.stringify(error.data)).toContain(embargo)
  })

  it('does not publish a scheduled item early by hand, and publishes nothing else of the release', async () => {
    const ready = await approvedArticle()
    const embargoed = await scheduledArticle(tomorrow())
    const release = await newsroom.payload.create({
      collection: 'releases',
      data: { title: 'Sous embargo', items: [{ relationTo: 'articles', value: ready.id }, { relationTo: 'articles', value: embargoed.id }] },
    })
    const req = await createLocalReq({ user: { ...newsroom.staff.editor, collection: 'users' } as never }, newsroom.payload)
    const error = await refusal(publishRelease(req, release.id))
    expect(error.status).toBe(409)
    expect(error.message).toContain(`articles ${embargoed.id} is scheduled for`)
    expect(await isPublic(embargoed.id)).toBe(false)
    expect(await isPublic(ready.id)).toBe(false)
  })

  it('lifts the embargo only with a recorded reason, kept in each early item’s audit entry', async () => {
    const embargo = tomorrow()
    const embargoed = await scheduledArticle(embargo)
    const reason = 'Le ministère a avancé l’annonce à ce matin.'
    const release = await newsroom.payload.create({
      collection: 'releases',
      data: { title: 'Embargo levé', embargoOverrideReason: reason, items: [{ relationTo: 'articles', value: embargoed.id }] },
    })
    const req = await createLocalReq({ user: { ...newsroom.staff.editor, collection: 'users' } as never }, newsroom.payload)
    expect(await publishRelease(req, release.id)).toEqual({ published: 1 })
    expect(await isPublic(embargoed.id)).toBe(true)
    const [entry] = await auditOf(embargoed.id, 'releasePublish')
    expect(entry?.details).toMatchObject({ release: release.id, embargoLifted: { scheduledFor: embargo, reason } })
  })
})

describe('the audit titles migration', () => {
  it('gives entries written before titles existed their document’s French title, and leaves those of vanished documents alone', async () => {
    const { payload } = newsroom
    const req = await createLocalReq({}, payload)
    const article = await payload.findByID({ collection: 'articles', id: newsroom.articleId, locale: 'fr', depth: 0 })
    // As an older version of the newsroom wrote them: straight to the database, without a title.
    const old = await payload.db.create({ collection: 'audit-log', data: { action: 'update', targetCollection: 'articles', documentId: String(newsroom.articleId), locale: 'fr' }, req })
    const orphan = await payload.db.create({ collection: 'audit-log', data: { action: 'delete', targetCollection: 'articles', documentId: '999999', locale: 'fr' }, req })
    expect(await backfillAuditTitles(payload, req)).toBeGreaterThanOrEqual(1)
    const read = async (id: number | string) => (await payload.findByID({ collection: 'audit-log', id, depth: 0 })).documentTitle
    expect(await read(old.id)).toBe(article.title)
    expect(await read(orphan.id)).toBeFalsy()
  })
})
