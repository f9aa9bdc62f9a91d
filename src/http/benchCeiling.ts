import express, { type Express } from 'express'

/**
 * For `npm run bench` only (BENCH_CEILING=1): the same bytes as an API answer, served from memory by this express
 * process, so each measured path can be compared with what express alone can do here.
 */
export function mountBenchCeiling(app: Express): void {
  let body: Buffer = Buffer.from('{}')
  app.put('/__bench/ceiling', express.raw({ type: '*/*', limit: '10mb' }), (req, res) => {
    body = req.body as Buffer
    res.status(204).end()
  })
  app.get('/__bench/ceiling', (_req, res) => {
    res.setHeader('Content-Type', 'application/json')
    res.end(body)
  })
}
