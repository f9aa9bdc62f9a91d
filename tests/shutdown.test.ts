import { request } from 'node:http'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { makeJpeg } from './helpers/images'
import { registerFirstAdmin } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'

const password = 'a long and careful passphrase'
let server: RunningServer
let token: string

beforeAll(async () => {
  server = await startServer({ MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-shutdown-media-')) })
  token = await registerFirstAdmin(server.url, password)
})

afterAll(async () => {
  await server?.stop()
})

/** An upload whose body arrives slowly, so that it is still in flight when the server is told to stop. */
function slowUpload(url: string, file: Buffer, onHalfSent: () => void): Promise<{ status: number; body: string }> {
  const boundary = 'newsroom-boundary'
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"Envoi lent"}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lent.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const body = Buffer.concat([head, file, tail])
  const half = Math.floor(body.length / 2)
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': body.length },
    })
    req.on('response', (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.write(body.subarray(0, half))
    onHalfSent()
    setTimeout(() => req.end(body.subarray(half)), 1500)
  })
}

describe('graceful shutdown', () => {
  it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
    let stopping: Promise<number | null> | undefined
    const upload = slowUpload(server.url, await makeJpeg(800, 450), () => {
      setTimeout(() => (stopping = server.stop()), 300)
    })
    const reply = await upload
    expect(reply.status).toBe(201)
    expect(JSON.parse(reply.body).doc.alt).toBe('Envoi lent')
    expect(await stopping).toBe(0)
    expect(server.output()).toContain('finishing in-flight requests')
  })
})
