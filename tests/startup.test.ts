import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_SQLITE_FILE, databaseAdapter, databaseTarget, mongoHost } from '../src/database'
import { assertProductionSecret, cachePolicy, ConfigurationError, csrfOrigins, serverPort, standaloneMongoVerdict, trustedProxies } from '../src/env'
import { projectRoot } from '../src/paths'
import { exitOf, productionEnv, spawnServer } from './helpers/server'

const strongSecret = 'f'.repeat(48)

async function startAndExpectRefusal(env: Record<string, string | undefined>): Promise<string> {
  const { child, output } = spawnServer(await productionEnv(env))
  // A server that starts instead of refusing is stopped and fails the test, rather than hanging the suite.
  const started = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await exitOf(child)
  clearTimeout(started)
  expect(child.signalCode).toBeNull()
  expect(code).not.toBe(0)
  return output()
}

describe('choosing the database from DATABASE_URI', () => {
  it('uses the embedded SQLite file .data/newsroom.db when no URI is given', () => {
    expect(databaseTarget(undefined)).toEqual({ kind: 'sqlite', file: DEFAULT_SQLITE_FILE, url: `file:${DEFAULT_SQLITE_FILE}` })
    expect(DEFAULT_SQLITE_FILE).toBe(path.join(projectRoot, '.data', 'newsroom.db'))
  })

  it('puts the SQLite file elsewhere with file:<path>, creating its folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-db-'))
    const file = path.join(dir, 'nested', 'deeper', 'newsroom.db')
    const target = databaseTarget(`file:${file}`)
    expect(target).toMatchObject({ kind: 'sqlite', file })
    databaseAdapter(target)
    expect(existsSync(path.dirname(file))).toBe(true)
  })

  it.each(['mongodb://db.internal:27017/newsroom', 'mongodb+srv://user:s3cret@cluster0.example.net/newsroom?retryWrites=true'])(
    'uses MongoDB for %s',
    (uri) => {
      expect(databaseTarget(uri)).toMatchObject({ kind: 'mongodb', url: uri })
    },
  )

  it('names the MongoDB host without its credentials', () => {
    expect(mongoHost('mongodb+srv://user:s3cret@cluster0.example.net/newsroom')).toBe('cluster0.example.net')
    expect(mongoHost('mongodb://a:1,b:2/newsroom?replicaSet=rs')).toBe('a:1,b:2')
  })

  it.each(['postgres://localhost/newsroom', 'mysql://x', 'newsroom.db', 'file:'])('refuses %s, listing what is accepted', (uri) => {
    expect(() => databaseTarget(uri)).toThrow(ConfigurationError)
    expect(() => databaseTarget(uri)).toThrow(/Accepted: no DATABASE_URI .* file:<path> .* mongodb:\/\/… or mongodb\+srv:\/\/…/)
  })
})

describe('production safety', () => {
  it.each([
    [undefined, /PAYLOAD_SECRET is not set/],
    ['short', /PAYLOAD_SECRET is too short \(5 characters\)/],
  ])('refuses a production start with PAYLOAD_SECRET=%s', (secret, message) => {
    expect(() => assertProductionSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(message)
    expect(() => assertProductionSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strongSecret })).not.toThrow()
  })

  it('exits non-zero with a clear message when the server starts in production without a secret', async () => {
    const output = await startAndExpectRefusal({ PAYLOAD_SECRET: '', DATABASE_URI: 'file::memory:' })
    expect(output).toContain('The newsroom cannot start: PAYLOAD_SECRET is not set')
  })

  it('exits non-zero naming the accepted schemes when DATABASE_URI is of another kind', async () => {
    const output = await startAndExpectRefusal({ PAYLOAD_SECRET: strongSecret, DATABASE_URI: 'postgres://localhost/newsroom' })
    expect(output).toContain('DATABASE_URI uses an unsupported scheme "postgres:"')
  })

  it('exits within seconds with one line naming the host when MongoDB cannot be reached', async () => {
    const output = await startAndExpectRefusal({ PAYLOAD_SECRET: strongSecret, DATABASE_URI: 'mongodb://127.0.0.1:9/newsroom' })
    const lines = output.trim().split('\n').filter((line) => line.includes('cannot start'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('Cannot reach MongoDB at 127.0.0.1:9')
    // Loading the server takes a few seconds of its own, more on a busy machine; the MongoDB wait is 5 s of it.
  }, 90_000)

  it('exits non-zero when production is not told which database to use, instead of making an empty one', async () => {
    const output = await startAndExpectRefusal({ PAYLOAD_SECRET: strongSecret, DATABASE_URI: '' })
    expect(output).toContain('The newsroom cannot start: DATABASE_URI is not set')
  })

  it.each(['PAYLOAD_PUBLIC_SERVER_URL', 'FRONTEND_URL'])('exits non-zero naming %s when production is not told its public URL', async (name) => {
    const output = await startAndExpectRefusal({ PAYLOAD_SECRET: strongSecret, DATABASE_URI: 'file::memory:', [name]: '' })
    expect(output).toContain(`The newsroom cannot start: ${name} is not set`)
  })

  it.each([
    ['PAYLOAD_PUBLIC_SERVER_URL', 'cms.moroccotech.ma'],
    ['FRONTEND_URL', 'javascript:alert(1)'],
    ['TRUST_PROXY', 'everyone'],
    ['TRUST_PROXY', '2'],
  ])('exits non-zero when %s is %s', async (name, value) => {
    const output = await startAndExpectRefusal({ PAYLOAD_SECRET: strongSecret, DATABASE_URI: 'file::memory:', [name]: value })
    expect(output).toContain(`The newsroom cannot start: ${name} must`)
  })

  it('believes forwarded addresses only from the proxies TRUST_PROXY names', () => {
    expect(trustedProxies({})).toBe(false)
    expect(trustedProxies({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1' })).toEqual(['loopback', '10.0.0.0/8', 'fd00::1'])
    expect(() => trustedProxies({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(ConfigurationError)
  })

  it('accepts signed-in browser writes only from the CMS and the front ends it names (never an empty list)', () => {
    expect(csrfOrigins({ NODE_ENV: 'production', PAYLOAD_PUBLIC_SERVER_URL: 'https://cms.moroccotech.ma/', CORS_ORIGINS: 'https://moroccotech.ma' })).toEqual([
      'https://cms.moroccotech.ma',
      'https://moroccotech.ma',
    ])
    expect(csrfOrigins({ PORT: '3000' })).toEqual(['http://localhost:3000'])
  })

  it('refuses a standalone MongoDB in production, naming the fix, unless accepted knowingly (then says so)', () => {
    expect(() => standaloneMongoVerdict('db.internal:27017', { NODE_ENV: 'production' })).toThrow(/replica set, even of one node/)
    expect(standaloneMongoVerdict('db.internal:27017', { NODE_ENV: 'production', MONGODB_ALLOW_STANDALONE: 'true' })).toMatch(/no transactions.*Accepted: MONGODB_ALLOW_STANDALONE=true/)
    expect(standaloneMongoVerdict('localhost:27017', {})).toMatch(/not in production/)
  })

  it('refuses a PORT that is not a port number', () => {
    expect(() => serverPort({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/)
    expect(serverPort({})).toBe(3000)
  })
})

describe('cache settings', () => {
  it.each([
    ['CACHE_MAX_AGE', 'abc'],
    ['CACHE_STALE', '-5'],
    ['CACHE_MAX_AGE', '1.5'],
    ['DELIVERY_CACHE', 'maybe'],
  ])('refuses %s=%s at start, naming the variable', (name, value) => {
    expect(() => cachePolicy({ [name]: value })).toThrow(new RegExp(name))
  })
  it('takes whole seconds and defaults', () => {
    expect(cachePolicy({ CACHE_MAX_AGE: '120' })).toEqual({ enabled: true, maxAgeSeconds: 120, staleSeconds: 300 })
    expect(cachePolicy({ DELIVERY_CACHE: 'off' }).enabled).toBe(false)
  })
})
