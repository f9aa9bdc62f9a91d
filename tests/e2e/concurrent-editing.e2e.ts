import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshot, signIn } from '../helpers/browser'
import { call, inviteStaff, registerFirstAdmin } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const password = 'a long and careful passphrase'
let server: RunningServer
let browser: Browser
let token: string
let articleId: string

beforeAll(async () => {
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-tabs-media-')) })
  token = await inviteStaff(server.url, await registerFirstAdmin(server.url, password), 'author', password, { name: 'Sara Author', role: 'author' })
  const sections = await call<{ docs: Array<{ id: number | string }> }>(`${server.url}/api/sections`)
  const created = await call<{ doc: { id: number | string } }>(`${server.url}/api/articles?draft=true`, {
    method: 'POST',
    token,
    json: { title: 'Brouillon à deux mains', standfirst: 'Départ.', section: sections.body.docs[0]?.id },
  })
  articleId = String(created.body.doc.id)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const storedStandfirst = async () =>
  (await call<{ standfirst: string }>(`${server.url}/api/articles/${articleId}?draft=true&depth=0`, { token })).body.standfirst

async function waitForStored(expected: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if ((await storedStandfirst()) === expected) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`"${expected}" was never autosaved; stored: "${await storedStandfirst()}"`)
}

async function openArticle(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' })
  const page = await context.newPage()
  await signIn(page, server.url, 'author@newsroom.test', password)
  await page.goto(`${server.url}/admin/collections/articles/${articleId}`)
  await page.locator('#field-standfirst').waitFor({ timeout: 60_000 })
  return page
}

describe('autosave', () => {
  it('keeps saving one editor’s successive changes', async () => {
    const page = await openArticle()
    await page.fill('#field-standfirst', 'Première version.')
    await waitForStored('Première version.')
    await page.fill('#field-standfirst', 'Deuxième version.')
    await waitForStored('Deuxième version.')
    await page.fill('#field-standfirst', 'Troisième version.')
    await waitForStored('Troisième version.')
    await page.context().close()
  })

  it('does not let a stale second tab silently overwrite the first tab’s text', async () => {
    const first = await openArticle()
    const second = await openArticle()
    await first.fill('#field-standfirst', 'Texte de l’onglet 1.')
    await waitForStored('Texte de l’onglet 1.')
    await second.fill('#field-standfirst', 'Texte de l’onglet 2, écrit sans voir le 1.')
    await second.waitForTimeout(6000)
    expect(await storedStandfirst()).toBe('Texte de l’onglet 1.')
    expect(existsSync(await screenshot(second, 'autosave-stale-tab'))).toBe(true)
    await first.context().close()
    await second.context().close()
  })
})
