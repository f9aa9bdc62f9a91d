import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { article } from '../../src/seed/content'
import { launchBrowser, screenshot, signIn } from '../helpers/browser'
import { call, inviteStaff, registerFirstAdmin } from '../helpers/rest'
import { translateXliff } from '../helpers/xliff'
import { type RunningServer, startServer } from '../helpers/server'

const password = 'a long and careful passphrase'
const newStandfirst = 'أطلقت وزارة الانتقال الرقمي علامة MoroccoTech لتعريف العالم بالخبرة الرقمية المغربية.'
let server: RunningServer
let browser: Browser
let page: Page
let articleId: number | string
let translatorToken: string

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-translations-e2e-')) })
  const admin = await registerFirstAdmin(server.url, password)
  translatorToken = await inviteStaff(server.url, admin, 'translator', password, { name: 'Yasmine Translator', role: 'translator', translatorLocales: ['ar'] })
  const found = await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/articles?where[slug][equals]=${article.slug.fr}`)
  articleId = found.body.docs[0]?.id as number | string
  // The Arabic version is being reworked: the translator has it in progress.
  await call(`${server.url}/api/articles/${articleId}?locale=ar&draft=true`, { method: 'PATCH', token: translatorToken, json: { translation: { status: 'in-progress' } } })
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1366, height: 1000 }, locale: 'en-GB' })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function arabicDraft() {
  return (await call<{ standfirst?: string; translation?: { status?: string } }>(`${server.url}/api/articles/${articleId}?locale=ar&draft=true&depth=0`, { token: translatorToken })).body
}

describe('a translator in the admin panel', () => {
  it('lands on the translations board, filtered to their language, with Tifinagh covered by the admin font', async () => {
    await signIn(page, server.url, 'translator@newsroom.test', password)
    await page.waitForURL('**/admin/translations', { timeout: 60_000 })
    const cell = page.locator(`[data-translations-row="articles:${articleId}"] [data-translation-cell="ar"]`)
    await cell.waitFor({ timeout: 60_000 })
    expect(await cell.getAttribute('data-translation-state')).toBe('in-progress')
    expect(await page.locator('[data-translations-board] thead th[lang]').evaluateAll((cells) => cells.map((th) => th.getAttribute('lang')))).toEqual(['ar'])
    const tifinaghFaces = await page.evaluate(async () => (await document.fonts.load('16px "Noto Sans Tifinagh"', 'ⵜⴰⵎⴰⵣⵉⵖⵜ')).length)
    expect(tifinaghFaces).toBeGreaterThan(0)
    expect(existsSync(await screenshot(page, 'translations-1-board-in-progress'))).toBe(true)
  })

  it('opens the seeded article in Arabic from the board, translates right-to-left and marks it done', async () => {
    await page.locator(`[data-translations-row="articles:${articleId}"] [data-translation-cell="ar"]`).click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${articleId}\\?locale=ar`), { timeout: 60_000 })
    const standfirst = page.locator('#field-standfirst')
    await standfirst.waitFor({ timeout: 60_000 })
    // The editorial panel says where each translation stands and which ones publishing needs.
    const arabicInPanel = page.locator('[data-workflow-translations] [data-translation-locale="ar"]')
    await arabicInPanel.waitFor({ timeout: 60_000 })
    expect(await arabicInPanel.getAttribute('data-translation-state')).toBe('in-progress')
    expect(await arabicInPanel.textContent()).toContain('*')
    expect(await standfirst.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
    const body = page.locator('[data-lexical-editor="true"]').first()
    await body.waitFor({ timeout: 60_000 })
    expect(await body.locator('p').first().evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
    await standfirst.fill(newStandfirst)
    // The admin renders fields as they scroll into view: the translation status sits low in the sidebar.
    await page.locator('#field-translation').scrollIntoViewIfNeeded()
    const status = page.locator('#field-translation__status .rs__control')
    await status.waitFor({ timeout: 60_000 })
    await status.click()
    await page.locator('.rs__option', { hasText: /^(Done|Terminée|منجزة)$/ }).click()
    // Articles autosave their draft: wait until the server holds what the translator did.
    for (let attempt = 0; attempt < 60; attempt++) {
      const draft = await arabicDraft()
      if (draft.standfirst === newStandfirst && draft.translation?.status === 'done') break
      await page.waitForTimeout(500)
    }
    const saved = await arabicDraft()
    expect(saved).toMatchObject({ standfirst: newStandfirst, translation: { status: 'done' } })
    expect(existsSync(await screenshot(page, 'translations-2-arabic-rtl-done'))).toBe(true)
  })

  it('sees the article done on the board', async () => {
    await page.goto(`${server.url}/admin/translations?locale=ar&collection=articles`)
    const cell = page.locator(`[data-translations-row="articles:${articleId}"] [data-translation-cell="ar"]`)
    await cell.waitFor({ timeout: 60_000 })
    expect(await cell.getAttribute('data-translation-state')).toBe('done')
    expect(existsSync(await screenshot(page, 'translations-3-board-done'))).toBe(true)
  })

  it('downloads the article as XLIFF from the board and imports the translated file, which goes to review', async () => {
    const exportLink = page.locator(`[data-translations-row="articles:${articleId}"] [data-xliff-export="ar"]`)
    // Clicked as a translator would: the browser's own request, signed in by its session cookie.
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()])
    expect(download.suggestedFilename()).toMatch(/\.xlf$/)
    const translated = translateXliff(readFileSync((await download.path()) as string, 'utf8'), (text) => `نص مترجم ${text.length}`)
    await page.locator('[data-xliff-import] input[type="file"]').setInputFiles({ name: 'article-ar.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(translated) })
    const outcome = page.locator('[data-xliff-outcome]')
    await outcome.waitFor({ timeout: 60_000 })
    expect(await outcome.getAttribute('data-xliff-outcome')).toBe('imported')
    expect(await arabicDraft()).toMatchObject({ translation: { status: 'in-review' } })
    await page.locator(`[data-translations-row="articles:${articleId}"] [data-translation-cell="ar"][data-translation-state="in-review"]`).waitFor({ timeout: 60_000 })
    expect(existsSync(await screenshot(page, 'translations-4-xliff-imported'))).toBe(true)
  })
})
