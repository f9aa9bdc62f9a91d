import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HtmlValidate } from 'html-validate'
import { JSDOM } from 'jsdom'
import { call, graphql, inviteStaff, registerFirstAdmin, translateIntoArabic } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'
import { absentId } from './helpers/database'

const password = 'a long and careful passphrase'
type Role = 'admin' | 'editor' | 'author' | 'translator'
let server: RunningServer
const tokens = {} as Record<Role | 'editor2', string>
let sectionId: number | string

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-wf-media-')) })
  tokens.admin = await registerFirstAdmin(server.url, password)
  for (const [key, role] of [['editor', 'editor'], ['editor2', 'editor'], ['author', 'author'], ['translator', 'translator']] as const) {
    tokens[key] = await inviteStaff(server.url, tokens.admin, key, password, { role })
  }
  sectionId = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/sections`)).body.docs[0]?.id as number | string
})

afterAll(async () => {
  await server?.stop()
})

const transition = (id: number | string, action: string, token: string, extra: Record<string, unknown> = {}) =>
  call<{ state?: string; errors?: Array<{ message: string; data?: { rule?: string } }> }>(`${server.url}/api/articles/${id}/transition`, {
    method: 'POST',
    token,
    json: { action, ...extra },
  })

async function draftBy(token: string, title: string) {
  const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles`, {
    method: 'POST',
    token,
    json: { title, standfirst: 'Chapô.', section: sectionId },
  })
  expect(created.status).toBe(201)
  await translateIntoArabic(server.url, token, created.body.doc.id)
  return created.body.doc.id
}

describe('the permission matrix over REST', () => {
  const cases: Array<[Role | 'anonymous', string, number]> = [
    ['anonymous', 'sections', 403],
    ['translator', 'sections', 403],
    ['author', 'sections', 403],
    ['editor', 'sections', 201],
    ['anonymous', 'organisations', 403],
    ['translator', 'organisations', 403],
    ['author', 'organisations', 201],
  ]
  it.each(cases)('%s creating %s answers %i', async (role, collection, status) => {
    const data = collection === 'sections' ? { name: `Rubrique ${role}` } : { name: `Org ${role}`, kind: 'other' }
    const reply = await call<{ errors?: Array<{ data?: { rule?: string } }> }>(`${server.url}/api/${collection}`, {
      method: 'POST',
      token: role === 'anonymous' ? undefined : tokens[role],
      json: data,
    })
    expect(reply.status).toBe(status)
    if (status === 403) expect(reply.body.errors?.[0]?.data?.rule).toMatch(new RegExp(`^${collection}\\.create: `))
  })

  it.each([
    ['author', 403],
    ['editor', 200],
  ] as const)('%s deleting a section nothing uses answers %i', async (role, status) => {
    const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/sections`, {
      method: 'POST',
      token: tokens.editor,
      json: { name: `À supprimer ${role}` },
    })
    const reply = await call(`${server.url}/api/sections/${created.body.doc.id}`, { method: 'DELETE', token: tokens[role] })
    expect(reply.status).toBe(status)
  })
})

describe('the workflow over REST', () => {
  it('takes an article from the author to the public, with four eyes, and lists only the allowed transitions', async () => {
    const id = await draftBy(tokens.author, 'Parcours REST')
    const forAuthor = await call<{ actions: string[]; translations: Array<{ locale: string; state: string; required: boolean }> }>(
      `${server.url}/api/articles/${id}/transitions`,
      { token: tokens.author },
    )
    expect(forAuthor.body.actions).toEqual(['submit'])
    // Where each translation stands, and which ones publishing needs (the Arabic one, done by draftBy).
    expect(forAuthor.body.translations).toEqual([
      { locale: 'fr', state: 'source', required: true },
      { locale: 'ar', state: 'done', required: true },
      { locale: 'en', state: 'missing', required: false },
      { locale: 'zgh', state: 'missing', required: false },
    ])
    expect((await transition(id, 'submit', tokens.author)).body.state).toBe('submitted')
    const forEditor = await call<{ actions: string[] }>(`${server.url}/api/articles/${id}/transitions`, { token: tokens.editor })
    expect(forEditor.body.actions).toEqual(['approve', 'reject'])
    expect((await transition(id, 'approve', tokens.editor)).body.state).toBe('approved')
    expect((await call(`${server.url}/api/articles/${id}`)).status).toBe(404)
    expect((await transition(id, 'publish', tokens.editor2)).body.state).toBe('published')
    const publicRead = await call<{ title: string }>(`${server.url}/api/articles/${id}`)
    expect(publicRead.body.title).toBe('Parcours REST')
  })

  it('refuses the submitter approving their own article, with the rule', async () => {
    const id = await draftBy(tokens.editor, 'Quatre yeux')
    await transition(id, 'submit', tokens.editor)
    const refused = await transition(id, 'approve', tokens.editor)
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0]?.data?.rule).toBe('workflow.approve: four eyes')
  })

  it('refuses publishing through a plain PATCH', async () => {
    const id = await draftBy(tokens.editor, 'Publication directe')
    const reply = await call<{ errors: Array<{ data?: { rule?: string } }> }>(`${server.url}/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { _status: 'published' },
    })
    expect(reply.status).toBe(403)
    expect(reply.body.errors[0]?.data?.rule).toBe('workflow: publish through transitions')
    expect((await call(`${server.url}/api/articles/${id}`)).status).toBe(404)
  })

  it('answers 401 to an anonymous transition', async () => {
    const id = await draftBy(tokens.editor, 'Anonyme')
    expect((await transition(id, 'submit', '')).status).toBe(401)
  })
})

describe('the workflow over GraphQL', () => {
  it('fires transitions with the same rules', async () => {
    const id = await draftBy(tokens.author, 'Parcours GraphQL')
    const mutation = `mutation ($id: String!, $action: String!) {
      transitionDocument(collection: "articles", id: $id, action: $action) { id workflowState status }
    }`
    const submitted = await graphql<{ transitionDocument: { workflowState: string } }>(server.url, mutation, { id: String(id), action: 'submit' }, tokens.author)
    expect(submitted.body.data?.transitionDocument.workflowState).toBe('submitted')
    const refused = await graphql(server.url, mutation, { id: String(id), action: 'approve' }, tokens.author)
    expect(refused.body.errors?.[0]?.message).toContain('Only administrators and editors may approve')
    const approved = await graphql<{ transitionDocument: { workflowState: string } }>(server.url, mutation, { id: String(id), action: 'approve' }, tokens.editor)
    expect(approved.body.data?.transitionDocument.workflowState).toBe('approved')
  })
})

describe('preview links over HTTP', () => {
  it('let a front end fetch a draft without an account, until the link expires or is altered', async () => {
    const id = await draftBy(tokens.author, 'Aperçu confidentiel')
    const link = await call<{ url: string; token: string }>(`${server.url}/api/articles/${id}/preview-link`, {
      method: 'POST',
      token: tokens.author,
      json: { locale: 'fr', minutes: 5 },
    })
    expect(link.status).toBe(200)
    const preview = await call<{ title: string; editorial?: unknown }>(`${server.url}${link.body.url}`)
    expect(preview.status).toBe(200)
    expect(preview.body.title).toBe('Aperçu confidentiel')
    expect(preview.body.editorial).toBeUndefined()
    const tampered = link.body.url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))
    expect((await call(`${server.url}${tampered}`)).status).toBe(401)
    expect((await call(`${server.url}/api/preview?token=nothing`)).status).toBe(401)
    const anonymousLink = await call(`${server.url}/api/articles/${id}/preview-link`, { method: 'POST', json: {} })
    expect(anonymousLink.status).toBe(401)
  })

  it('shows the draft as a reader would see it: no staff data, however deep', async () => {
    const id = await draftBy(tokens.author, 'Aperçu sans coulisses')
    const link = await call<{ url: string }>(`${server.url}/api/articles/${id}/preview-link`, { method: 'POST', token: tokens.author, json: { locale: 'fr' } })
    const preview = await call<Record<string, unknown>>(`${server.url}${link.body.url}`)
    expect(preview.status).toBe(200)
    const text = JSON.stringify(preview.body)
    for (const staffData of ['@newsroom.test', '"role"', '"sessions"', '"editorial"', '"sourceFingerprint"', '"translatorLocales"', '"changeKind"']) {
      expect(text).not.toContain(staffData)
    }
    // The author is there as a reader sees a staff account: its id, nothing more.
    expect((preview.body.authors as unknown[]).every((author) => typeof author !== 'object')).toBe(true)
  })

  it('stops working the moment staff revoke it, and only staff can', async () => {
    const id = await draftBy(tokens.author, 'Aperçu à révoquer')
    const link = await call<{ url: string; link: number | string }>(`${server.url}/api/articles/${id}/preview-link`, { method: 'POST', token: tokens.author, json: { locale: 'fr' } })
    expect((await call(`${server.url}${link.body.url}`)).status).toBe(200)
    const listed = await call<{ docs: Array<{ id: number | string; documentId: string }> }>(`${server.url}/api/preview-links?where[documentId][equals]=${id}`, { token: tokens.editor })
    expect(listed.body.docs.map((entry) => entry.id)).toContain(link.body.link)
    expect((await call(`${server.url}/api/preview-links/${link.body.link}`, { method: 'PATCH', json: { revokedAt: new Date().toISOString() } })).status).toBe(403)
    const revoked = await call(`${server.url}/api/preview-links/${link.body.link}`, { method: 'PATCH', token: tokens.author, json: { revokedAt: '2099-01-01T00:00:00Z' } })
    expect(revoked.status).toBe(200)
    const refused = await call<{ errors: Array<{ message: string }> }>(`${server.url}${link.body.url}`)
    expect(refused.status).toBe(401)
    expect(refused.body.errors[0]?.message).toContain('revoked')
    expect((await call(`${server.url}/api/preview-links`)).status).toBe(403)
  })
})


async function publishedBy(writer: string, secondEditor: string, title: string) {
  const id = await draftBy(writer, title)
  await transition(id, 'submit', writer)
  expect((await transition(id, 'approve', secondEditor)).body.state).toBe('approved')
  expect((await transition(id, 'publish', secondEditor)).body.state).toBe('published')
  return id
}

describe('correcting live content as the admin does it (autosave first)', () => {
  const autosave = (id: number | string, token: string, data: Record<string, unknown>) =>
    call(`${server.url}/api/articles/${id}?draft=true&autosave=true`, { method: 'PATCH', token, json: data })

  it('publishes an editor’s major correction after the admin autosaved it as a draft, by a second editor, with its note in the public history', async () => {
    const id = await publishedBy(tokens.editor, tokens.editor2, 'Correction en direct')
    expect((await autosave(id, tokens.editor, { title: 'Correction en direct (chiffres rectifiés)' })).status).toBe(200)
    // Readers still see the live version while the correction is a draft.
    expect((await call<{ title: string }>(`${server.url}/api/articles/${id}`)).body.title).toBe('Correction en direct')
    const noKind = await call<{ errors: Array<{ message: string; data?: { errors?: Array<{ path: string }> } }> }>(`${server.url}/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { _status: 'published' },
    })
    expect(noKind.status).toBe(400)
    expect(noKind.body.errors[0]?.data?.errors?.[0]?.path).toBe('changeKind')
    // Four eyes on facts: the editor who wrote a major correction does not publish it alone…
    const alone = await call<{ errors: Array<{ message: string; data?: { rule?: string } }> }>(`${server.url}/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens.editor,
      headers: { 'Accept-Language': 'fr' },
      json: { _status: 'published', changeKind: 'major', changeNote: 'Les chiffres de participation ont été rectifiés.' },
    })
    expect(alone.status).toBe(403)
    expect(alone.body.errors[0]?.data?.rule).toBe('workflow: four eyes on major corrections')
    expect(alone.body.errors[0]?.message).toContain('un autre rédacteur en chef')
    expect((await call<{ title: string }>(`${server.url}/api/articles/${id}`)).body.title).toBe('Correction en direct')
    // …it waits on the second editor's desk (not on its author's), who publishes it.
    expect((await autosave(id, tokens.editor, { changeKind: 'major', changeNote: 'Les chiffres de participation ont été rectifiés.' })).status).toBe(200)
    const deskItems = async (token: string) => (await call<{ toReview: Array<{ id: number | string; correction?: boolean }> }>(`${server.url}/api/desk`, { token })).body.toReview
    expect(await deskItems(tokens.editor2)).toContainEqual(expect.objectContaining({ id, correction: true }))
    expect((await deskItems(tokens.editor)).map((item) => item.id)).not.toContain(id)
    const published = await call(`${server.url}/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens.editor2,
      json: { _status: 'published', changeKind: 'major', changeNote: 'Les chiffres de participation ont été rectifiés.' },
    })
    expect(published.status).toBe(200)
    expect((await deskItems(tokens.editor2)).map((item) => item.id)).not.toContain(id)
    const live = await call<{ title: string; changeHistory: Array<{ note: string }> }>(`${server.url}/api/articles/${id}`)
    expect(live.body.title).toBe('Correction en direct (chiffres rectifiés)')
    expect(live.body.changeHistory.map((entry) => entry.note)).toEqual(['Les chiffres de participation ont été rectifiés.'])
  })

  it('writes a correction saved in another locale in that locale, never over the French', async () => {
    const id = await publishedBy(tokens.author, tokens.editor2, 'Correction en arabe')
    const saved = await call(`${server.url}/api/articles/${id}?locale=ar`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { standfirst: 'مقدمة مصححة.', _status: 'published', changeKind: 'minor' },
    })
    expect(saved.status).toBe(200)
    const all = await call<{ standfirst: Record<string, string> }>(`${server.url}/api/articles/${id}?locale=all&depth=0`, { token: tokens.editor })
    expect(all.body.standfirst).toMatchObject({ fr: 'Chapô.', ar: 'مقدمة مصححة.' })
  })

  it('leaves corrections of a live article to editors: an author’s change is refused and nothing changes', async () => {
    const id = await publishedBy(tokens.author, tokens.editor2, 'Correction par un auteur')
    expect((await autosave(id, tokens.author, { standfirst: 'Chapô corrigé.' })).status).toBe(403)
    const refused = await call(`${server.url}/api/articles/${id}`, { method: 'PATCH', token: tokens.author, json: { _status: 'published', changeKind: 'minor', standfirst: 'Chapô corrigé.' } })
    expect(refused.status).toBe(403)
    expect((await call<{ standfirst: string }>(`${server.url}/api/articles/${id}`)).body.standfirst).toBe('Chapô.')
    expect((await autosave(id, tokens.editor, { standfirst: 'Chapô corrigé.' })).status).toBe(200)
    const byEditor = await call(`${server.url}/api/articles/${id}`, { method: 'PATCH', token: tokens.editor, json: { _status: 'published', changeKind: 'minor' } })
    expect(byEditor.status).toBe(200)
    expect((await call<{ standfirst: string }>(`${server.url}/api/articles/${id}`)).body.standfirst).toBe('Chapô corrigé.')
  })

  it('refuses Payload’s bare unpublish of a live article: readers, workflow and audit must agree', async () => {
    const id = await publishedBy(tokens.author, tokens.editor2, 'Dépublication directe')
    const refused = await call<{ errors: Array<{ data?: { rule?: string } }> }>(`${server.url}/api/articles/${id}`, { method: 'PATCH', token: tokens.editor, json: { _status: 'draft' } })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0]?.data?.rule).toBe('workflow: unpublish through transitions')
    expect((await call(`${server.url}/api/articles/${id}`)).status).toBe(200)
    // A draft save of a live article (what autosave does) is still a draft save.
    expect((await call(`${server.url}/api/articles/${id}?draft=true`, { method: 'PATCH', token: tokens.editor, json: { _status: 'draft', standfirst: 'Brouillon de correction.' } })).status).toBe(200)
    expect((await transition(id, 'unpublish', tokens.editor)).body.state).toBe('draft')
    expect((await call(`${server.url}/api/articles/${id}`)).status).toBe(404)
  })

  it('offers no bulk publication, which could only bypass the workflow', async () => {
    const id = await draftBy(tokens.editor, 'Publication groupée')
    const bulk = await call(`${server.url}/api/articles?where[id][equals]=${id}`, { method: 'PATCH', token: tokens.editor, json: { _status: 'published' } })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    expect(bulk.status).toBeLessThan(500)
    expect((await call(`${server.url}/api/articles/${id}`)).status).toBe(404)
  })
})

describe('transitions judge the document, not the screen', () => {
  it('approves a finished French article whatever content language the editor’s screen shows', async () => {
    const id = await draftBy(tokens.author, 'Approuvé depuis le tamazight')
    await transition(id, 'submit', tokens.author)
    const approved = await call<{ state: string }>(`${server.url}/api/articles/${id}/transition?locale=zgh`, {
      method: 'POST',
      token: tokens.editor,
      json: { action: 'approve' },
    })
    expect(approved.status).toBe(200)
    expect(approved.body.state).toBe('approved')
    const published = await call<{ state: string }>(`${server.url}/api/articles/${id}/transition?locale=en`, {
      method: 'POST',
      token: tokens.editor2,
      json: { action: 'publish' },
    })
    expect(published.body.state).toBe('published')
    // Nothing was written into the language the screen showed.
    const english = await call<{ title?: string }>(`${server.url}/api/articles/${id}?locale=en&fallback-locale=none&draft=true`, { token: tokens.editor })
    expect(english.body.title ?? null).toBeNull()
  })

  it('speaks the admin language of the person refused', async () => {
    const id = await draftBy(tokens.editor, 'Refus traduit')
    await transition(id, 'submit', tokens.editor)
    const ask = (language: string) =>
      call<{ errors: Array<{ message: string; data?: { rule?: string } }> }>(`${server.url}/api/articles/${id}/transition`, {
        method: 'POST',
        token: tokens.editor,
        headers: { Cookie: `payload-lng=${language}` },
        json: { action: 'approve' },
      })
    const [french, arabic, english] = await Promise.all([ask('fr'), ask('ar'), ask('en')])
    for (const reply of [french, arabic, english]) expect(reply.body.errors[0]?.data?.rule).toBe('workflow.approve: four eyes')
    expect(french.body.errors[0]?.message).toMatch(/second rédacteur|deuxième/)
    expect(arabic.body.errors[0]?.message).toMatch(/[\u0600-\u06FF]/)
    expect(english.body.errors[0]?.message).toContain('second editor')
  })
})

describe('times and notices as editors give them', () => {
  const casablanca = (iso: string) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .format(new Date(iso))
      .replace(' ', 'T')

  it('reads a scheduling time without offset as Casablanca time, and shows it back formatted in the admin language', async () => {
    const id = await draftBy(tokens.author, 'Programmé à l’heure de Casablanca')
    await transition(id, 'submit', tokens.author)
    await transition(id, 'approve', tokens.editor)
    const typed = `${casablanca(new Date(Date.now() + 2 * 86_400_000).toISOString()).slice(0, 10)}T09:30`
    const scheduled = await transition(id, 'schedule', tokens.editor, { publishAt: typed })
    expect(scheduled.body.state).toBe('scheduled')
    const stored = await call<{ editorial: { publishAt: string } }>(`${server.url}/api/articles/${id}?draft=true&depth=0`, { token: tokens.editor })
    expect(casablanca(stored.body.editorial.publishAt)).toBe(typed)
    const panel = await call<{ scheduledForText: string }>(`${server.url}/api/articles/${id}/transitions`, { token: tokens.editor, headers: { Cookie: 'payload-lng=fr' } })
    expect(panel.body.scheduledForText).toContain('09:30')
    const refused = await transition(id, 'schedule', tokens.editor, { publishAt: '30/11/2026 09:00' })
    expect(refused.status).toBe(409)
  })

  it('refuses a French-formatted date with a 400 naming the field', async () => {
    const id = await draftBy(tokens.author, 'Date à la française')
    await transition(id, 'submit', tokens.author)
    await transition(id, 'approve', tokens.editor)
    const refused = await call<{ errors: Array<{ data?: { errors?: Array<{ path: string }> } }> }>(`${server.url}/api/articles/${id}/transition`, {
      method: 'POST',
      token: tokens.editor,
      json: { action: 'schedule', publishAt: '30/11/2026 09:00' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0]?.data?.errors?.[0]?.path).toBe('publishAt')
  })

  it('keeps a withdrawal explanation per live locale, and refuses one for a locale the document is not live in', async () => {
    const id = await publishedBy(tokens.author, tokens.editor2, 'Retrait expliqué')
    const notLive = await transition(id, 'withdraw', tokens.editor, {
      withdrawal: { reason: 'superseded', explanation: { fr: 'Remplacé par un article plus complet.', en: 'Replaced by a fuller article.' } },
    })
    expect(notLive.status).toBe(400)
    const withdrawn = await transition(id, 'withdraw', tokens.editor, {
      withdrawal: { reason: 'superseded', explanation: { fr: 'Remplacé par un article plus complet.' } },
    })
    expect(withdrawn.body.state).toBe('withdrawn')
    const read = await call<{ withdrawal: { explanation: string; reason: string } }>(`${server.url}/api/articles/${id}?locale=fr`)
    expect(read.body.withdrawal).toMatchObject({ reason: 'superseded', explanation: 'Remplacé par un article plus complet.' })
    const malformed = await transition(id, 'withdraw', tokens.editor, { withdrawal: { reason: 'superseded', explanation: { xx: 'texte' } } })
    expect(malformed.status).toBe(400)
  })
})

describe('the desk: what needs me now', () => {
  type Item = { collection: string; id: number | string; note?: string; locales?: string[] }
  type Desk = Record<'sentBack' | 'myDrafts' | 'toReview' | 'scheduledToday' | 'missingTranslations' | 'recentlyPublished', Item[]>
  const deskOf = (token: string) => call<Desk>(`${server.url}/api/desk`, { token })
  const has = (list: Item[], id: number | string) => list.some((item) => item.collection === 'articles' && String(item.id) === String(id))

  it('lists for each person their own work: drafts, what was sent back with why, reviews, today’s schedule, missing translations, the latest out', async () => {
    const draft = await draftBy(tokens.author, 'Bureau : brouillon')
    const sentBack = await draftBy(tokens.author, 'Bureau : renvoyé')
    await transition(sentBack, 'submit', tokens.author)
    await transition(sentBack, 'reject', tokens.editor, { comment: 'Ajoutez la date.' })
    const toReview = await draftBy(tokens.author, 'Bureau : à relire')
    await transition(toReview, 'submit', tokens.author)
    const untranslated = (
      await call<{ doc: { id: number | string } }>(`${server.url}/api/articles`, { method: 'POST', token: tokens.author, json: { title: 'Bureau : sans arabe', standfirst: 'Chapô.', section: sectionId } })
    ).body.doc.id
    const scheduled = await draftBy(tokens.author, 'Bureau : programmé')
    await transition(scheduled, 'submit', tokens.author)
    await transition(scheduled, 'approve', tokens.editor)
    const soon = new Date(Date.now() + 60_000)
    const endOfDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(soon) ===
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
    await transition(scheduled, 'schedule', tokens.editor, { publishAt: soon.toISOString() })
    const published = await publishedBy(tokens.author, tokens.editor2, 'Bureau : publié')

    const author = (await deskOf(tokens.author)).body
    expect(has(author.myDrafts, draft)).toBe(true)
    expect(author.sentBack.find((item) => String(item.id) === String(sentBack))?.note).toBe('Ajoutez la date.')
    expect(has(author.myDrafts, sentBack)).toBe(false)
    expect(author.toReview).toEqual([])
    expect(author.missingTranslations.find((item) => String(item.id) === String(untranslated))?.locales).toEqual(['ar'])
    expect(has(author.recentlyPublished, published)).toBe(true)

    const editor = (await deskOf(tokens.editor)).body
    expect(has(editor.toReview, toReview)).toBe(true)
    expect(has(editor.myDrafts, draft)).toBe(false)
    // A minute from now is still today in Casablanca, except in the last minute of the day.
    if (endOfDay) expect(has(editor.scheduledToday, scheduled)).toBe(true)
    expect((await call(`${server.url}/api/desk`)).status).toBe(401)
  })
})

describe('"Create" without writing leaves nothing behind', () => {
  // What Payload's admin does when "Create" is clicked on a collection with autosave: an empty draft, at once.
  const openCreate = async (token: string) => {
    const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles?draft=true`, { method: 'POST', token, json: {} })
    expect(created.status).toBe(201)
    return created.body.doc.id
  }
  const discard = (id: number | string, token?: string) =>
    call<{ discarded?: boolean; errors?: Array<{ message: string }> }>(`${server.url}/api/articles/${id}/discard`, { method: 'POST', token })
  const exists = async (id: number | string) =>
    (await call(`${server.url}/api/articles/${id}?draft=true`, { token: tokens.editor })).status === 200

  it('discards the empty draft its author leaves, and the audit trail says so', async () => {
    const id = await openCreate(tokens.author)
    const reply = await discard(id, tokens.author)
    expect(reply.status).toBe(200)
    expect(await exists(id)).toBe(false)
    const trail = await call<{ docs: Array<{ action: string }> }>(`${server.url}/api/audit-log?where[documentId][equals]=${id}&where[targetCollection][equals]=articles&sort=createdAt`, { token: tokens.admin })
    expect(trail.body.docs.map((entry) => entry.action)).toEqual(['create', 'discard'])
  })

  it('keeps a draft someone wrote in, even a single autosave', async () => {
    const id = await openCreate(tokens.author)
    const autosave = await call(`${server.url}/api/articles/${id}?draft=true&autosave=true&locale=fr`, { method: 'PATCH', token: tokens.author, json: { standfirst: 'Une idée à creuser.' } })
    expect(autosave.status).toBe(200)
    const reply = await discard(id, tokens.author)
    expect(reply.status).toBe(409)
    expect(reply.body.errors?.[0]?.message).toMatch(/kept: it has been saved/)
    expect(await exists(id)).toBe(true)
  })

  it('keeps a document created whole in one request', async () => {
    const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles?draft=true`, { method: 'POST', token: tokens.author, json: { title: 'Écrite d’un trait' } })
    const reply = await discard(created.body.doc.id, tokens.editor)
    expect(reply.status).toBe(409)
    expect(reply.body.errors?.[0]?.message).toMatch(/kept: it has a title/)
    expect(await exists(created.body.doc.id)).toBe(true)
  })

  it('answers 401 to strangers and 404 to a document that is not there', async () => {
    const id = await openCreate(tokens.author)
    expect((await discard(id)).status).toBe(401)
    expect(await exists(id)).toBe(true)
    expect((await discard(absentId(), tokens.editor)).status).toBe(404)
  })
})

describe('the built-in preview: the document as readers would see it, in each locale', () => {
  type Page = { status: number; html: string; headers: Headers }
  const previewOf = async (id: number | string, locale: string, token?: string, collection = 'articles'): Promise<Page> => {
    const response = await fetch(`${server.url}/api/${collection}/${id}/preview-page?locale=${locale}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
    return { status: response.status, html: await response.text(), headers: response.headers }
  }
  const documentOf = (html: string) => new JSDOM(html).window.document
  let seeded: { id: number | string; title: string }

  beforeAll(async () => {
    const found = await call<{ docs: Array<{ id: number | string; title: string }> }>(`${server.url}/api/articles?locale=fr&limit=1&sort=publishedAt&where[_status][equals]=published`)
    seeded = found.body.docs[0] as { id: number | string; title: string }
  })

  it('shows the article with its image, the officials’ quotes and the partners’ logos, as valid HTML', async () => {
    const page = await previewOf(seeded.id, 'fr', tokens.author)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('cache-control')).toContain('no-store')
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } }).validateString(page.html)
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([])

    const document = documentOf(page.html)
    expect(document.documentElement.lang).toBe('fr')
    expect(document.querySelector('h1')?.textContent).toBe(seeded.title)
    const quotes = await call<{ docs: Array<{ text: string }> }>(`${server.url}/api/quotes?locale=fr&limit=50`, { token: tokens.editor })
    const shownQuotes = [...document.querySelectorAll('blockquote.quote > p')].map((quote) => quote.textContent)
    expect(shownQuotes.length).toBeGreaterThan(0)
    for (const quote of shownQuotes) expect(quotes.body.docs.map((doc) => doc.text)).toContain(quote)
    expect(document.querySelectorAll('.logos img').length).toBeGreaterThan(0)
    for (const image of document.querySelectorAll('img')) {
      const served = await fetch(new URL(image.getAttribute('src') as string, server.url))
      expect({ src: image.getAttribute('src'), status: served.status, type: served.headers.get('content-type')?.split('/')[0] }).toMatchObject({ status: 200, type: 'image' })
    }
  })

  it('speaks the locale asked for: Arabic right to left, and says when a locale is not translated yet', async () => {
    const arabic = documentOf((await previewOf(seeded.id, 'ar', tokens.translator)).html)
    expect(arabic.documentElement.lang).toBe('ar')
    expect(arabic.documentElement.dir).toBe('rtl')
    expect(arabic.querySelector('h1')?.textContent).toMatch(/[\u0600-\u06FF]/)
    expect(arabic.querySelector('[data-preview-fallback]')).toBeNull()
    const tamazight = documentOf((await previewOf(seeded.id, 'zgh', tokens.editor)).html)
    expect(tamazight.querySelector('[data-preview-fallback]')).not.toBeNull()
    expect(tamazight.documentElement.lang).toBe('fr')
    expect(tamazight.querySelector('h1')?.textContent).toBe(seeded.title)
  })

  it('shows the draft as it stands, its words escaped', async () => {
    const id = await draftBy(tokens.author, 'Brouillon <script>alert(1)</script> & « guillemets »')
    const page = await previewOf(id, 'fr', tokens.author)
    const document = documentOf(page.html)
    expect(document.querySelector('h1')?.textContent).toBe('Brouillon <script>alert(1)</script> & « guillemets »')
    expect(document.querySelectorAll('script')).toHaveLength(1)
    expect(document.querySelector('script')?.getAttribute('nonce')).toBeTruthy()
  })

  it('previews launch events too', async () => {
    const events = await call<{ docs: Array<{ id: number | string; title: string }> }>(`${server.url}/api/launch-events?locale=fr&limit=1`)
    const event = events.body.docs[0] as { id: number | string; title: string }
    const document = documentOf((await previewOf(event.id, 'fr', tokens.editor, 'launch-events')).html)
    expect(document.querySelector('h1')?.textContent).toBe(event.title)
    expect(document.querySelectorAll('.partners .logos li').length).toBeGreaterThan(0)
  })

  it('answers strangers 401 without a word of the document, an unknown locale 400, a missing document 404', async () => {
    const stranger = await previewOf(seeded.id, 'fr')
    expect(stranger.status).toBe(401)
    expect(stranger.html).not.toContain(seeded.title)
    const unknown = await previewOf(seeded.id, 'xx', tokens.editor)
    expect(unknown.status).toBe(400)
    expect(unknown.html).toContain('Unknown locale')
    expect((await previewOf(absentId(), 'fr', tokens.editor)).status).toBe(404)
  })
})

describe('the system’s moves are not for people', () => {
  it.each(['scheduledPublish', 'scheduledUnpublish', 'releasePublish'])('refuses %s over REST with 400', async (action) => {
    const id = await draftBy(tokens.editor, `Mouvement ${action}`)
    const reply = await transition(id, action, tokens.admin)
    expect(reply.status).toBe(400)
  })
})
