import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshot, signIn } from '../helpers/browser'
import { call, inviteStaff, login, registerFirstAdmin, translateIntoArabic } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const password = 'a long and careful passphrase'
const title = 'Le Technopark ouvre un nouvel espace'
let server: RunningServer
let browser: Browser
let articleId: string

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-journey-media-')) })
  const admin = await registerFirstAdmin(server.url, password)
  for (const role of ['author', 'editor']) await inviteStaff(server.url, admin, role, password, { role })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' })
  return context.newPage()
}

/** Waits until the autosaved draft holds what the author typed (autosave runs on its own schedule). */
async function savedByAutosave(id: string, token: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const draft = await call<{ title?: string; section?: unknown }>(`${server.url}/api/articles/${id}?draft=true&depth=0`, { token })
    if (draft.body.title === title && draft.body.section) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the draft was not autosaved within 30 s')
}

describe('an article from the author’s draft to the public API', () => {
  it('is written and submitted by an author', async () => {
    const page = await freshPage()
    await signIn(page, server.url, 'author@newsroom.test', password)
    await page.goto(`${server.url}/admin/collections/articles/create`)
    await page.fill('#field-title', title)
    await page.fill('#field-standfirst', 'Un nouvel espace pour les jeunes pousses du numérique.')
    await page.click('#field-section')
    await page.getByText('Actu Maroc', { exact: true }).last().click()
    // Articles autosave: the draft exists as soon as the author pauses, and the address gains its id.
    await page.waitForURL(/\/admin\/collections\/articles\/(\d+|[a-f0-9]{24})(\?|$)/, { timeout: 60_000 })
    articleId = new URL(page.url()).pathname.split('/').pop() as string
    await savedByAutosave(articleId, await login(server.url, 'author@newsroom.test', password))
    await page.reload()
    const submit = page.locator('[data-workflow-action="submit"]')
    await submit.waitFor({ timeout: 60_000 })
    expect(await page.locator('[data-workflow-action]').count()).toBe(1)
    await submit.click()
    await page.locator('[data-workflow-state="submitted"]').waitFor({ timeout: 60_000 })
    expect(existsSync(await screenshot(page, 'journey-1-author-submitted'))).toBe(true)
    await page.context().close()
  })

  it('is approved and published by an editor, after which the public REST API serves it', async () => {
    const page = await freshPage()
    // Meanwhile the Arabic version was translated and marked done: articles need it before they go live.
    await translateIntoArabic(server.url, await login(server.url, 'editor@newsroom.test', password), articleId)
    await signIn(page, server.url, 'editor@newsroom.test', password)
    await page.goto(`${server.url}/admin/collections/articles/${articleId}`)
    await page.locator('[data-workflow-action="approve"]').click()
    await page.locator('[data-workflow-state="approved"]').waitFor({ timeout: 60_000 })
    expect(await call(`${server.url}/api/articles/${articleId}`).then((reply) => reply.status)).toBe(404)
    await page.locator('[data-workflow-action="publish"]').click()
    await page.locator('[data-workflow-state="published"]').waitFor({ timeout: 60_000 })
    expect(existsSync(await screenshot(page, 'journey-2-editor-published'))).toBe(true)
    const published = await call<{ title: string; workflowState: string }>(`${server.url}/api/articles/${articleId}`)
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ title, workflowState: 'published' })
    await page.context().close()
  })
})
