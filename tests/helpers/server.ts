import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { projectRoot } from '../../src/paths'
import { freshDatabaseURI } from './database'

export type RunningServer = {
  url: string
  databaseURI: string
  output: () => string
  stop: () => Promise<number | null>
}

const READY_LINE = /Newsroom ready on http:\/\/localhost:(\d+)/

export type SpawnOptions = { viaNpm?: boolean }

/**
 * Runs the server as it runs in production: the compiled server (dist/server.mjs, made by `npm run build`) hosting
 * the built Next app, under plain node, or through `npm start` (in its own process group, as a container runtime
 * or systemd starts it) when a test sends signals the way they do.
 */
export function spawnServer(env: Record<string, string | undefined>, options: SpawnOptions = {}): { child: ChildProcess; output: () => string } {
  let output = ''
  const [command, args] = options.viaNpm ? ['npm', ['start', '--silent']] : [process.execPath, ['--conditions=production', 'dist/server.mjs']]
  const child = spawn(command as string, args as string[], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: Boolean(options.viaNpm),
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return { child, output: () => output }
}

/** The exit code of a child process once it has ended (null when a signal ended it), even if it already has. */
export const exitOf = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', resolve))

/** Resolves once every process of a process group has ended (npm, its shell and the server it started). */
export async function groupEnded(groupId: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      process.kill(-groupId, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`process group ${groupId} still running after ${timeoutMs} ms`)
}

/** On MongoDB, a test server's database is dropped once the server has stopped, so a real server keeps nothing. */
async function dropMongoDatabase(uri: string): Promise<void> {
  if (!uri.startsWith('mongodb')) return
  const { default: mongoose } = await import('mongoose')
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000 }).asPromise()
  try {
    await connection.dropDatabase()
  } finally {
    await connection.close()
  }
}

/** The front end the test servers name in FRONTEND_URL: public links point there. */
export const testFrontend = 'https://www.moroccotech.test'

/** A port nobody listens on now, so the server can be told its public URL before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** The environment production needs besides the secret: its port and public URLs. */
export async function productionEnv(env: Record<string, string | undefined> = {}): Promise<Record<string, string | undefined>> {
  const port = env.PORT ?? String(await freePort())
  return { PAYLOAD_PUBLIC_SERVER_URL: `http://localhost:${port}`, FRONTEND_URL: testFrontend, ...env, PORT: port }
}

export async function startServer(env: Record<string, string | undefined> = {}, timeoutMs = 90_000, options: SpawnOptions = {}): Promise<RunningServer & { child: ChildProcess }> {
  const databaseURI = env.DATABASE_URI ?? freshDatabaseURI()
  const { child, output } = spawnServer(await productionEnv({ DATABASE_URI: databaseURI, ...env }), options)
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready after ${timeoutMs} ms:\n${output()}`)), timeoutMs)
    const check = () => {
      const match = READY_LINE.exec(output())
      if (match) {
        clearTimeout(timer)
        resolve(match[1] as string)
      }
    }
    child.stdout?.on('data', check)
    child.stderr?.on('data', check)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before it was ready:\n${output()}`))
    })
  })
  return {
    child,
    url: `http://localhost:${port}`,
    databaseURI,
    output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      const code = await exitOf(child)
      await dropMongoDatabase(databaseURI)
      return code
    },
  }
}
