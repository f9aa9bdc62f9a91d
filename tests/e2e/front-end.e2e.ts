import { createServer, type Server } from 'node:http'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../helpers/browser'
import { freePort, type RunningServer, startServer } from '../helpers/server'

/**
 * A browser front end on its own origin, as a ministry's site would be: the browser itself (not our code) decides
 * whether CORS lets the page read the answers, the first one (served by Payload) and the next (from the cache).
 */
let server: RunningServer
let site: Server
let siteOrigin: string
let browser: Browser

const page = (api: string) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Front</title></head><body><pre id="out">…</pre>
<script>
(async () => {
  const results = []
  for (let i = 0; i < 3; i++) {
    try {
      // The first read as any page does; the next ones ask the server again (a conditional request, as after a reload).
      const reply = await fetch('${api}/api/sections?locale=fr&limit=3', i === 0 ? {} : { cache: 'no-cache' })
      const body = await reply.json()
      results.push({ ok: reply.ok, etag: reply.headers.get('ETag'), language: reply.headers.get('Content-Language'), cache: reply.headers.get('X-Cache'), docs: body.docs.length })
    } catch (error) {
      results.push({ error: String(error) })
    }
  }
  document.getElementById('out').textContent = JSON.stringify(results)
})()
</script></body></html>`

beforeAll(async () => {
  const port = await freePort()
  siteOrigin = `http://127.0.0.1:${port}`
  server = await startServer({ SEED_ON_START: 'true', MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-front-media-')), CORS_ORIGINS: siteOrigin })
  site = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(page(server.url))
  })
  await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve))
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => site?.close(resolve))
  await server?.stop()
})

describe('a front end in a browser, on another origin', () => {
  it('reads every answer, from Payload and from the cache, with the headers it needs', async () => {
    const tab = await browser.newPage()
    const blocked: string[] = []
    tab.on('console', (entry) => {
      if (entry.type() === 'error') blocked.push(entry.text())
    })
    // What really crossed the network (the page itself may be answered from the browser's cache after a 304).
    const wire: Array<{ status: number; cache: string | null; origin: string | null }> = []
    tab.on('response', (response) => {
      if (response.url().includes('/api/sections')) wire.push({ status: response.status(), cache: response.headers()['x-cache'] ?? null, origin: response.headers()['access-control-allow-origin'] ?? null })
    })
    await tab.goto(siteOrigin)
    await tab.waitForFunction(() => document.getElementById('out')?.textContent !== '…', undefined, { timeout: 30_000 })
    const results = JSON.parse((await tab.locator('#out').textContent()) as string) as Array<Record<string, unknown>>
    expect(blocked).toEqual([])
    expect(results.map((result) => result.cache)).toEqual(['miss', 'hit', 'hit'])
    // On the wire: the first answer from Payload, the next ones from the cache, each with its CORS header.
    expect(wire.map((response) => response.cache)).toEqual(['miss', 'hit', 'hit'])
    for (const response of wire) expect(response.origin).toBe(siteOrigin)
    for (const result of results) {
      expect(result).toMatchObject({ ok: true, language: 'fr', docs: expect.any(Number) })
      expect(result.etag).toMatch(/^"[^"]+"$/)
    }
    await tab.close()
  })
})
