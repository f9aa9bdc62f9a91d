import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { article as seededArticle } from '../../src/seed/content'
import { launchBrowser, screenshot, signIn } from '../helpers/browser'
import { call, inviteStaff, login, registerFirstAdmin, translateIntoArabic } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * An editor's day walked through in the admin, once in the French admin and once in the Arabic admin: every journey
 * is clicked as people click it, screenshotted under test-results/, and watched for console errors and for any
 * request leaving the server.
 */

const password = 'a long and careful passphrase'
type Language = 'fr' | 'ar'

/** What people read, written out here (not taken from the code under test). */
const expected = {
  fr: { done: 'Terminée', start: 'Partir de la structure de la source', state: 'État éditorial', submitted: 'Soumis à relecture', scheduled: 'Programmé', rejectTitle: 'Renvoyer à l’auteur', sentBack: 'Renvoyé par le relecteur', major: 'Majeure (faits modifiés)', reason: 'Publié par erreur', publishChanges: 'Publier les modifications' },
  ar: { done: 'منجزة', start: 'الانطلاق من بنية المصدر', state: 'الحالة التحريرية', submitted: 'مقدم للمراجعة', scheduled: 'مبرمج', rejectTitle: 'إرجاع إلى الكاتب', sentBack: 'أعاده المراجع', major: 'جوهري', reason: 'نُشر عن طريق الخطأ', publishChanges: 'نشر التّغييرات' },
}
const englishWorkflowWords = ['Editorial state', 'Submit for review', 'Approve', 'Withdraw', 'Schedule', 'needed before publishing']

let server: RunningServer
let browser: Browser
let admin: string
let sectionId: number | string

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-day-media-')) })
  admin = await registerFirstAdmin(server.url, password)
  for (const [key, role] of [['author', 'author'], ['editor', 'editor'], ['editor2', 'editor']] as const) {
    await inviteStaff(server.url, admin, key, password, { role, name: key })
  }
  await inviteStaff(server.url, admin, 'translator', password, { role: 'translator', name: 'Yasmine', translatorLocales: ['ar'] })
  sectionId = (await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/sections`)).body.docs[0]?.id as number | string
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Session = { page: Page; context: BrowserContext; problems: string[] }

/** A person at their desk: signed in, admin in their language, with console errors and outside requests noted. */
async function deskOf(who: string, language: Language, width = 1440): Promise<Session> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: language === 'ar' ? 'ar-MA' : 'fr-FR' })
  await context.addCookies([{ name: 'payload-lng', value: language, url: server.url }])
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (entry) => {
    if (entry.type() === 'error') problems.push(`console: ${entry.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) problems.push(`outside request: ${request.url()}`)
  })
  await signIn(page, server.url, `${who}@newsroom.test`, password)
  return { page, context, problems }
}

async function leave(session: Session): Promise<void> {
  await session.context.close()
  expect(session.problems).toEqual([])
}

const openDocument = async (page: Page, collection: string, id: number | string) => {
  await page.goto(`${server.url}/admin/collections/${collection}/${id}`)
  await page.locator('[data-workflow-state]:not([data-workflow-state=""])').waitFor({ timeout: 60_000 })
}

const stateOf = (page: Page) => page.locator('[data-workflow-state]').getAttribute('data-workflow-state')

/** The panel never speaks English in a French or Arabic admin, and the page is no wider than the window. */
async function speaksTheAdminLanguage(page: Page, language: Language): Promise<void> {
  const panel = await page.locator('.workflow-panel').innerText()
  expect(panel).toContain(expected[language].state)
  for (const word of englishWorkflowWords) expect(panel).not.toContain(word)
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
}

async function fire(page: Page, action: string): Promise<void> {
  await page.locator(`[data-workflow-action="${action}"]`).click()
}

async function waitForState(page: Page, state: string): Promise<void> {
  try {
    await page.locator(`[data-workflow-state="${state}"]`).waitFor({ timeout: 60_000 })
  } catch (error) {
    const refusals = await page.locator('[data-workflow-refusal]').allInnerTexts()
    throw new Error(`the document did not reach "${state}"; the page says: ${JSON.stringify(refusals)}`, { cause: error })
  }
}

/** A draft by the author, translated into Arabic (articles need it before going live). */
async function authorsDraft(title: string): Promise<number | string> {
  const author = await login(server.url, 'author@newsroom.test', password)
  const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles`, {
    method: 'POST',
    token: author,
    json: { title, standfirst: 'Un chapô sobre pour la relecture.', section: sectionId },
  })
  await translateIntoArabic(server.url, author, created.body.doc.id)
  return created.body.doc.id
}

/** Asks again, a few times a second for up to 10 s, until the answer satisfies `done`; the last answer. */
async function poll<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  let answer = await ask()
  for (let tries = 0; tries < 40 && !done(answer); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    answer = await ask()
  }
  return answer
}

/** The wall-clock time a moment shows in Casablanca, by the platform's time-zone database. */
const casablancaWallClock = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(new Date(iso))
    .replace(' ', 'T')

describe.each<Language>(['fr', 'ar'])('an editor’s day in the %s admin', (language) => {
  let articleId: number | string

  it('an author submits; an editor sends it back with a comment the author sees at the top; the author resubmits', async () => {
    articleId = await authorsDraft(`Journée ${language} : le Technopark s’agrandit`)
    const author = await deskOf('author', language)
    await openDocument(author.page, 'articles', articleId)
    await speaksTheAdminLanguage(author.page, language)
    // Search and sharing fields count their characters against their limits (the admin renders fields once in view).
    await author.page.locator('#field-seo').scrollIntoViewIfNeeded()
    await author.page.locator('[data-character-count]').first().waitFor({ timeout: 10_000 })
    expect(await author.page.locator('[data-character-count]').allInnerTexts()).toEqual(
      language === 'ar' ? ['0 / 70 حرفًا', '0 / 160 حرفًا'] : ['0 / 70 caractères', '0 / 160 caractères'],
    )
    await screenshot(author.page, `day-${language}-0-seo-counter`)
    await fire(author.page, 'submit')
    await waitForState(author.page, 'submitted')
    expect(await author.page.locator('[data-editorial-status]').innerText()).toContain(expected[language].submitted)
    await screenshot(author.page, `day-${language}-1-author-submitted`)
    await leave(author)

    const editor = await deskOf('editor', language)
    await openDocument(editor.page, 'articles', articleId)
    await fire(editor.page, 'reject')
    const dialog = editor.page.locator('[data-workflow-dialog="reject"]')
    await dialog.waitFor()
    expect(await dialog.locator('h3').innerText()).toBe(expected[language].rejectTitle)
    const comment = language === 'ar' ? 'يرجى ذكر اسم الوزيرة كاملًا.' : 'Citez le nom complet de la ministre.'
    await dialog.locator('textarea[name="comment"]').fill(comment)
    await screenshot(editor.page, `day-${language}-2-editor-rejects`)
    await dialog.locator('[data-workflow-confirm]').click()
    await waitForState(editor.page, 'draft')
    await leave(editor)

    const back = await deskOf('author', language)
    await openDocument(back.page, 'articles', articleId)
    const notice = back.page.locator('[data-review-notice]')
    await notice.waitFor({ timeout: 60_000 })
    expect(await notice.innerText()).toContain(expected[language].sentBack)
    expect(await notice.innerText()).toContain(comment)
    await screenshot(back.page, `day-${language}-3-author-sees-comment`)
    await fire(back.page, 'submit')
    await waitForState(back.page, 'submitted')
    expect(await back.page.locator('[data-review-notice]').count()).toBe(0)
    await leave(back)
    // The comment stays in the document's history.
    const history = await call<{ docs: Array<{ action: string; details?: { comment?: string } }> }>(
      `${server.url}/api/audit-log?where[documentId][equals]=${articleId}&where[action][equals]=reject`,
      { token: admin },
    )
    expect(history.body.docs[0]?.details?.comment).toBe(comment)
    // An admin reads that entry in the admin: its details as text, nothing fetched from outside.
    const auditor = await deskOf('admin', language)
    await auditor.page.goto(`${server.url}/admin/collections/audit-log/${(history.body.docs[0] as { id?: string | number }).id}`)
    const details = auditor.page.locator('[data-json-details]')
    await details.waitFor({ timeout: 60_000 })
    expect(await details.innerText()).toContain(comment)
    // The entry names the article by its title, not only by its id.
    expect(await auditor.page.locator('h1').first().innerText()).toContain(`Journée ${language}`)
    await auditor.page.waitForLoadState('networkidle')
    await screenshot(auditor.page, `day-${language}-3b-audit-entry`)
    await leave(auditor)
  })

  it('a second editor approves it and schedules it in Casablanca time; the release screen shows the embargo and cannot break it', async () => {
    const editor = await deskOf('editor2', language)
    await openDocument(editor.page, 'articles', articleId)
    await fire(editor.page, 'approve')
    await waitForState(editor.page, 'approved')
    await fire(editor.page, 'schedule')
    const dialog = editor.page.locator('[data-workflow-dialog="schedule"]')
    const tomorrow = new Date(Date.now() + 24 * 3600_000)
    const typed = `${casablancaWallClock(tomorrow.toISOString()).slice(0, 10)}T09:00`
    await dialog.locator('input[name="publishAt"]').fill(typed)
    await screenshot(editor.page, `day-${language}-4-editor-schedules`)
    await dialog.locator('[data-workflow-confirm]').click()
    await waitForState(editor.page, 'scheduled')
    expect(await editor.page.locator('[data-editorial-status]').innerText()).toContain(expected[language].scheduled)
    await speaksTheAdminLanguage(editor.page, language)
    await screenshot(editor.page, `day-${language}-5-scheduled`)
    const stored = await call<{ editorial: { publishAt: string } }>(`${server.url}/api/articles/${articleId}?draft=true&depth=0`, { token: admin })
    expect(casablancaWallClock(stored.body.editorial.publishAt)).toBe(typed)

    const release = await call<{ doc: { id: number | string } }>(`${server.url}/api/releases`, {
      method: 'POST',
      token: admin,
      json: { title: `Annonce ${language}`, items: [{ relationTo: 'articles', value: articleId }] },
    })
    await editor.page.goto(`${server.url}/admin/collections/releases/${release.body.doc.id}`)
    const row = editor.page.locator(`[data-release-item="articles:${articleId}"]`)
    await row.waitFor({ timeout: 60_000 })
    expect(await row.getAttribute('data-release-item-state')).toBe('scheduled')
    expect(await row.innerText()).toContain(expected[language].scheduled)
    await screenshot(editor.page, `day-${language}-6-release-items`)
    const early = await call(`${server.url}/api/releases/${release.body.doc.id}/publish`, { method: 'POST', token: await login(server.url, 'editor@newsroom.test', password) })
    expect(early.status).toBe(409)
    expect((await call(`${server.url}/api/articles/${articleId}`)).status).toBe(404)
    await leave(editor)
  })

  it('an editor corrects the live article with a major change and a note, a second editor publishes it, then one withdraws another with a reason and explanations', async () => {
    const found = await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/articles?where[slug][equals]=${seededArticle.slug.fr}`)
    const liveId = found.body.docs[0]?.id as number | string
    const editor = await deskOf('editor', language)
    await openDocument(editor.page, 'articles', liveId)
    const standfirst = editor.page.locator('#field-standfirst')
    await standfirst.fill(`${await standfirst.inputValue()} (${language})`)
    // Autosave turns the edit into a draft version: the change kind must stay on screen.
    await editor.page.waitForTimeout(4_000)
    await editor.page.locator('#field-changeKind').click()
    await editor.page.getByText(expected[language].major, { exact: true }).last().click()
    const note = language === 'ar' ? 'صُحّح تاريخ الحدث.' : 'La date de l’événement a été corrigée.'
    const noteSaved = editor.page.waitForResponse((reply) => reply.url().includes(`/api/articles/${liveId}`) && reply.request().method() === 'PATCH' && reply.ok())
    await editor.page.locator('#field-changeNote').fill(note)
    await noteSaved
    // Four eyes on facts: its writer is told a second editor publishes it, instead of a button that would fail.
    const fourEyes = editor.page.locator('[data-four-eyes-correction]')
    await fourEyes.waitFor({ timeout: 30_000 })
    expect(await fourEyes.innerText()).toContain(language === 'ar' ? 'محرر آخر' : 'un autre rédacteur en chef')
    expect(await editor.page.locator('#action-save').count()).toBe(0)
    await screenshot(editor.page, `day-${language}-7-correction`)
    await leave(editor)

    const second = await deskOf('editor2', language)
    await second.page.goto(`${server.url}/admin`)
    const waiting = second.page.locator(`[data-desk-list="toReview"] [data-desk-item="articles:${liveId}"]`)
    await waiting.waitFor({ timeout: 60_000 })
    expect(await waiting.innerText()).toContain(language === 'ar' ? 'تصحيح جوهري للنشر' : 'Correction majeure à publier')
    await waiting.locator('a').click()
    await second.page.waitForURL(`**/admin/collections/articles/${liveId}`)
    const publishChanges = second.page.locator('#action-save')
    await publishChanges.waitFor({ timeout: 60_000 })
    expect(await publishChanges.innerText()).toContain(expected[language].publishChanges)
    await screenshot(second.page, `day-${language}-7b-correction-second-editor`)
    await publishChanges.click()
    const deadline = Date.now() + 60_000
    let history: string[] = []
    while (Date.now() < deadline) {
      const live = await call<{ changeHistory?: Array<{ note: string }> }>(`${server.url}/api/articles/${liveId}?locale=fr`)
      history = (live.body.changeHistory ?? []).map((entry) => entry.note)
      if (history.includes(note)) break
      await second.page.waitForTimeout(500)
    }
    // The note is kept in the locale the editor's screen shows (French here, the content language by default).
    expect(history.at(-1)).toBe(note)
    await leave(second)

    const other = await authorsDraft(`Journée ${language} : un article à retirer`)
    const token = await login(server.url, 'author@newsroom.test', password)
    await call(`${server.url}/api/articles/${other}?locale=ar&draft=true`, { method: 'PATCH', token, json: { standfirst: 'مقدمة المقال بالعربية.' } })
    await call(`${server.url}/api/articles/${other}/transition`, { method: 'POST', token, json: { action: 'submit' } })
    const editorToken = await login(server.url, 'editor@newsroom.test', password)
    await call(`${server.url}/api/articles/${other}/transition`, { method: 'POST', token: editorToken, json: { action: 'approve' } })
    await call(`${server.url}/api/articles/${other}/transition`, { method: 'POST', token: editorToken, json: { action: 'publish' } })
    const withdrawing = await deskOf('editor', language)
    await openDocument(withdrawing.page, 'articles', other)
    await fire(withdrawing.page, 'withdraw')
    const dialog = withdrawing.page.locator('[data-workflow-dialog="withdraw"]')
    await dialog.locator('select[name="reason"]').selectOption({ label: expected[language].reason })
    await dialog.locator('textarea[name="explanation.fr"]').fill('Cet article a été publié par erreur.')
    await dialog.locator('textarea[name="explanation.ar"]').fill('نُشر هذا المقال عن طريق الخطأ.')
    expect(await dialog.locator('textarea[name="explanation.ar"]').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
    await screenshot(withdrawing.page, `day-${language}-8-withdraw-dialog`)
    await dialog.locator('[data-workflow-confirm]').click()
    await waitForState(withdrawing.page, 'withdrawn')
    await screenshot(withdrawing.page, `day-${language}-9-withdrawn`)
    await leave(withdrawing)
    const arabic = await call<{ withdrawal: { reason: string; explanation: string } }>(`${server.url}/api/articles/${other}?locale=ar`)
    expect(arabic.body.withdrawal).toMatchObject({ reason: 'published-in-error', explanation: 'نُشر هذا المقال عن طريق الخطأ.' })
  })

  it('a translator translates with the source beside, starts from its structure, marks it done, and the board shows it', async () => {
    const seeded = await call<{ docs: Array<{ body: unknown; section: number | string }> }>(`${server.url}/api/articles?where[slug][equals]=${seededArticle.slug.fr}&depth=0&locale=fr`)
    const author = await login(server.url, 'author@newsroom.test', password)
    const title = `Journée ${language} : à traduire`
    const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles`, {
      method: 'POST',
      token: author,
      json: { title, standfirst: 'Un chapô à traduire.', section: sectionId, body: seeded.body.docs[0]?.body },
    })
    const id = created.body.doc.id
    const translator = await deskOf('translator', language)
    await translator.page.goto(`${server.url}/admin/collections/articles/${id}?locale=ar`)
    const sourceTitle = translator.page.locator('[data-source-text="title"]')
    await sourceTitle.waitFor({ timeout: 60_000 })
    expect(await sourceTitle.innerText()).toContain(title)
    const start = translator.page.locator('[data-translation-start]')
    expect(await start.innerText()).toBe(expected[language].start)
    await screenshot(translator.page, `day-${language}-10-translator-source-beside`)
    await start.click()
    await translator.page.waitForLoadState('load')
    await translator.page.locator('[data-source-text="body"]').waitFor({ timeout: 60_000 })
    const arabicBody = await call<{ body?: { root: { children: Array<{ type: string }> } } }>(`${server.url}/api/articles/${id}?locale=ar&fallback-locale=none&draft=true&depth=0`, { token: admin })
    expect(arabicBody.body.body?.root.children.filter((node) => node.type === 'block').length).toBeGreaterThan(0)
    // Each passage of the body started as the French words: the translator replaces them one by one.
    const passages = translator.page.locator('[data-lexical-editor="true"] > :is(p, h2, h3)')
    await passages.first().waitFor({ timeout: 60_000 })
    const count = await passages.count()
    for (let index = 0; index < count; index++) {
      await passages.nth(index).click()
      // Select the passage's own words (a triple click would take the paragraph break too and merge paragraphs).
      await passages.nth(index).evaluate((element) => {
        const range = document.createRange()
        range.selectNodeContents(element)
        const selection = window.getSelection()
        selection?.removeAllRanges()
        selection?.addRange(range)
      })
      await translator.page.keyboard.type(`فقرة مترجمة رقم ${index + 1} من المقال.`)
    }
    await translator.page.locator('#field-title').fill('يوم الترجمة')
    await translator.page.locator('#field-standfirst').fill('مقدمة مترجمة.')
    await translator.page.locator('#field-translation').scrollIntoViewIfNeeded()
    await translator.page.locator('#field-translation__status').click()
    await translator.page.getByText(expected[language].done, { exact: true }).last().click()
    const deadline = Date.now() + 60_000
    let status: string | undefined
    while (Date.now() < deadline && status !== 'done') {
      await translator.page.waitForTimeout(1_000)
      status = (await call<{ translation?: { status?: string } }>(`${server.url}/api/articles/${id}?locale=ar&draft=true&depth=0`, { token: admin })).body.translation?.status
    }
    expect(status).toBe('done')
    await screenshot(translator.page, `day-${language}-11-translation-done`)
    await translator.page.goto(`${server.url}/admin/translations`)
    const cell = translator.page.locator(`[data-translations-row="articles:${id}"] [data-translation-cell="ar"]`)
    await cell.waitFor({ timeout: 60_000 })
    expect(await cell.getAttribute('data-translation-state')).toBe('done')
    await screenshot(translator.page, `day-${language}-12-board`)
    await leave(translator)
  })

  it('the desk on the dashboard tells the editor what needs them now', async () => {
    const waiting = await authorsDraft(`Journée ${language} : à relire`)
    await call(`${server.url}/api/articles/${waiting}/transition`, { method: 'POST', token: await login(server.url, 'author@newsroom.test', password), json: { action: 'submit' } })
    const editor = await deskOf('editor', language)
    await editor.page.goto(`${server.url}/admin`)
    const review = editor.page.locator('[data-desk-list="toReview"]')
    await review.waitFor({ timeout: 60_000 })
    expect(await review.locator(`[data-desk-item="articles:${waiting}"]`).count()).toBe(1)
    expect(await review.locator('h4').innerText()).toContain(language === 'ar' ? 'في انتظار مراجعتك' : 'En attente de votre relecture')
    await screenshot(editor.page, `day-${language}-13-desk`)
    await review.locator(`[data-desk-item="articles:${waiting}"] a`).click()
    await editor.page.waitForURL(`**/admin/collections/articles/${waiting}`)
    await leave(editor)
  })

  it('"Create" then back to the list leaves nothing behind; a draft with words in it stays', async () => {
    const author = await deskOf('author', language)
    const exists = async (id: string) => (await call(`${server.url}/api/articles/${id}?draft=true`, { token: admin })).status === 200
    const openCreate = async () => {
      await author.page.goto(`${server.url}/admin/collections/articles`)
      await author.page.waitForLoadState('networkidle')
      await author.page.locator('a[href$="/admin/collections/articles/create"]').first().click()
      try {
        await author.page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
      } catch (error) {
        await screenshot(author.page, `day-${language}-14-create-failed`)
        throw error
      }
      await author.page.locator('#field-title').waitFor()
      return author.page.url().match(/articles\/(\d+)/)?.[1] as string
    }
    const backToList = async () => {
      await author.page.locator('.step-nav a[href$="/admin/collections/articles"]').click()
      await author.page.waitForURL(/\/admin\/collections\/articles(\?|$)/)
    }

    const changedMind = await openCreate()
    expect(await exists(changedMind)).toBe(true)
    await backToList()
    await expect(poll(async () => exists(changedMind), (there) => !there)).resolves.toBe(false)

    const writing = await openCreate()
    const autosaved = author.page.waitForResponse((reply) => reply.url().includes(`/api/articles/${writing}`) && reply.request().method() === 'PATCH' && reply.ok())
    await author.page.locator('#field-title').fill(`Journée ${language} : une idée à creuser`)
    await autosaved
    await backToList()
    await author.page.waitForTimeout(1000)
    expect(await exists(writing)).toBe(true)
    await screenshot(author.page, `day-${language}-14-create-then-leave`)
    await leave(author)
  })

  it('an administrator invites a translator, who chooses their own password through the link and arrives signed in', async () => {
    const administrator = await deskOf('admin', language)
    await administrator.page.goto(`${server.url}/admin/collections/users`)
    // Payload's own "create" is gone: nobody types a password for someone else.
    expect(await administrator.page.locator('a[href$="/admin/collections/users/create"]').count()).toBe(0)
    await administrator.page.locator('[data-invite-staff]').click()
    const dialog = administrator.page.locator('[data-invitation-dialog]')
    await dialog.locator('input[name="name"]').fill(`Traductrice ${language}`)
    await dialog.locator('input[name="email"]').fill(`invited-${language}@newsroom.test`)
    await dialog.locator('select[name="role"]').selectOption('translator')
    await dialog.locator('input[name="locale-ar"]').check()
    await dialog.locator('select[name="adminLanguage"]').selectOption(language)
    expect(await dialog.innerText()).toContain(language === 'ar' ? 'دعوة عضو' : 'Inviter un membre')
    await screenshot(administrator.page, `day-${language}-15-invite`)
    await dialog.locator('button[type="submit"]').click()
    const link = await dialog.locator('[data-invitation-link] input').inputValue()
    expect(link).toMatch(new RegExp(`^${server.url}/admin/reset/`))
    expect(await dialog.locator('[data-invitation-link]').innerText()).toContain(language === 'ar' ? 'يُستعمل مرة واحدة' : 'Il sert une seule fois')
    await screenshot(administrator.page, `day-${language}-16-invitation-link`)
    await leave(administrator)

    // The invited person, on a browser that never saw the newsroom.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: language === 'ar' ? 'ar-MA' : 'fr-FR' })
    await context.addCookies([{ name: 'payload-lng', value: language, url: server.url }])
    const page = await context.newPage()
    await page.goto(link)
    await page.fill('#field-password', 'my very own passphrase')
    await page.fill('#field-confirm-password', 'my very own passphrase')
    await screenshot(page, `day-${language}-17-choose-password`)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await screenshot(page, `day-${language}-18-invited-arrives`)
    await context.close()
    expect(await login(server.url, `invited-${language}@newsroom.test`, 'my very own passphrase')).toEqual(expect.any(String))
  })

  it('previews the published article as readers would see it, with its quotes, images and partner logos, in each locale', async () => {
    const editor = await deskOf('editor', language)
    const seeded = await call<{ docs: Array<{ id: number | string; title: string }> }>(`${server.url}/api/articles?locale=${language}&limit=1&sort=publishedAt&where[_status][equals]=published`)
    const { id, title } = seeded.body.docs[0] as { id: number | string; title: string }
    await editor.page.goto(`${server.url}/admin/collections/articles/${id}?locale=${language}`)
    await editor.page.locator('[data-workflow-state]:not([data-workflow-state=""])').waitFor({ timeout: 60_000 })
    const [preview] = await Promise.all([editor.context.waitForEvent('page'), editor.page.locator('.preview-btn').click()])
    await preview.waitForLoadState('networkidle')
    expect(await preview.locator('h1').innerText()).toBe(title)
    expect(await preview.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr')
    expect(await preview.locator('[data-preview-banner]').innerText()).toContain(language === 'ar' ? 'معاينة' : 'Aperçu')
    expect(await preview.locator('blockquote.quote').count()).toBeGreaterThan(0)
    expect(await preview.locator('.logos img').count()).toBeGreaterThan(0)
    // Every image on the page is really there: loaded and decoded by the browser, not a broken icon.
    await preview.evaluate(() => Promise.all([...document.images].map((image) => (image.loading = 'eager', image.decode().catch(() => undefined)))))
    const broken = await preview.evaluate(() => [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.src))
    expect(broken).toEqual([])
    await preview.evaluate(() => window.scrollTo(0, 0))
    await screenshot(preview, `day-${language}-19-preview`)
    await preview.close()
    await leave(editor)
  })

  it('fits the window at 1024 px: document, list, release, translations board and desk screens', async () => {
    const editor = await deskOf('editor', language, 1024)
    for (const [name, address] of [
      ['document', `/admin/collections/articles/${articleId}`],
      ['list', '/admin/collections/articles'],
      ['releases', '/admin/collections/releases'],
      ['translations board', '/admin/translations'],
      ['desk', '/admin'],
    ] as const) {
      await editor.page.goto(`${server.url}${address}`)
      await editor.page.waitForLoadState('networkidle')
      const { scrollWidth, innerWidth } = await editor.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
      expect({ name, scrollWidth }).toEqual({ name, scrollWidth: innerWidth })
      await screenshot(editor.page, `day-${language}-1024-${name}`)
    }
    await leave(editor)
  })
})

describe('the admin language follows the account', () => {
  it('greets an Arabic-speaking editor in Arabic on a browser that never saw them, and keeps a new choice with the account', async () => {
    const token = await login(server.url, 'editor2@newsroom.test', password)
    const me = await call<{ user: { id: number | string } }>(`${server.url}/api/users/me`, { token })
    expect((await call(`${server.url}/api/users/${me.body.user.id}`, { method: 'PATCH', token, json: { adminLanguage: 'ar' } })).status).toBe(200)
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' })
    const page = await context.newPage()
    await signIn(page, server.url, 'editor2@newsroom.test', password)
    // The first page learns the account's language and reloads in it.
    await page.locator('html[dir="rtl"]').waitFor({ timeout: 60_000 })
    await page.locator('[data-newsroom-desk] h2').waitFor({ timeout: 60_000 })
    expect(await page.locator('[data-newsroom-desk] h2').innerText()).toBe('مكتبك')
    await screenshot(page, 'day-language-follows-account')
    // Choosing French in this browser (Payload's language cookie) is saved to the account.
    await context.addCookies([{ name: 'payload-lng', value: 'fr', url: server.url }])
    await page.goto(`${server.url}/admin`)
    await page.locator('html[dir="ltr"]').waitFor({ timeout: 60_000 })
    const deadline = Date.now() + 30_000
    let saved: string | undefined
    while (Date.now() < deadline && saved !== 'fr') {
      await page.waitForTimeout(500)
      saved = (await call<{ user: { adminLanguage?: string } }>(`${server.url}/api/users/me`, { token })).body.user.adminLanguage
    }
    expect(saved).toBe('fr')
    await context.close()
  })
})
