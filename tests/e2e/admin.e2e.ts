import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshot } from '../helpers/browser'
import { makeJpeg, multipart } from '../helpers/images'
import { call, login } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const password = 'a long and careful passphrase'
let server: RunningServer
let browser: Browser
let page: Page

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-e2e-media-')) })
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the admin panel in a real browser', () => {
  it('sends a fresh install to create its first account, which becomes the administrator', async () => {
    await page.goto(`${server.url}/admin`)
    await page.waitForURL('**/admin/create-first-user', { timeout: 60_000 })
    await page.fill('#field-email', 'admin@newsroom.test')
    await page.fill('#field-password', password)
    await page.fill('#field-confirm-password', password)
    await page.fill('#field-name', 'Amina Admin')
    // The first account is always the administrator: no role is offered to pick.
    expect(await page.locator('#field-role').count()).toBe(0)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
    const token = await login(server.url, 'admin@newsroom.test', password)
    const me = await call<{ user: { role: string } }>(`${server.url}/api/users/me`, { token })
    expect(me.body.user.role).toBe('admin')
  })

  it('edits a document in Arabic right-to-left', async () => {
    const token = await login(server.url, 'admin@newsroom.test', password)
    const photo = await call<{ doc: { id: string | number } }>(`${server.url}/api/media`, {
      method: 'POST',
      token,
      body: multipart({ name: 'scene.jpg', type: 'image/jpeg', data: await makeJpeg(800, 450) }, { alt: 'La scène' }),
    })
    expect(photo.status).toBe(201)

    await page.goto(`${server.url}/admin/collections/media/${photo.body.doc.id}?locale=ar`)
    const alt = page.locator('#field-alt')
    await alt.waitFor({ timeout: 60_000 })
    const direction = await alt.evaluate((element) => getComputedStyle(element).direction)
    expect(direction).toBe('rtl')
    await alt.fill('منصة حفل الإطلاق')
    const file = await screenshot(page, 'admin-media-arabic-rtl')
    expect(existsSync(file)).toBe(true)
  })

  it('opens the seeded article in Arabic with its rich-text body right-to-left', async () => {
    const token = await login(server.url, 'admin@newsroom.test', password)
    const found = await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/articles?limit=1`, { token })
    await page.goto(`${server.url}/admin/collections/articles/${found.body.docs[0]?.id}?locale=ar`)
    const title = page.locator('#field-title')
    await title.waitFor({ timeout: 60_000 })
    expect(await title.inputValue()).toBe('MoroccoTech: المغرب يطلق علامته الرقمية الوطنية')
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.waitFor({ timeout: 60_000 })
    const paragraph = editor.locator('p').first()
    expect(await paragraph.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
    expect(await editor.textContent()).toContain('علامة للرقمي')
    expect(existsSync(await screenshot(page, 'admin-article-arabic-rtl'))).toBe(true)
  })
})
