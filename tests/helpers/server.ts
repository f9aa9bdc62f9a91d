import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { projectRoot } from '../../src/paths'
import { freshDatabaseURI } from './database'

export type RunningServer = {
  url: string
  databaseURI: string
  output: () => string
  stop: () => Promise<number | null>
}

const READY_LINE = /Newsroom ready on http:\/\/localhost:(\d+)/
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')

/** Runs the server as it runs in production (the built Next app behind express) on an ephemeral port. */
export function spawnServer(env: Record<string, string | undefined>): { child: ChildProcess; output: () => string } {
  let output = ''
  const child = spawn(tsx, ['src/server.ts'], {
    cwd: projectRoot,
    // The production condition makes Node load lexical's built files directly: its default Node entry wraps them
    // in a top-level await that can leave the process exiting silently before it starts (see docs/server.md).
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', NODE_OPTIONS: '--conditions=production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return { child, output: () => output }
}

export const exitOf = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', resolve))

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

export async function startServer(env: Record<string, string | undefined> = {}, timeoutMs = 90_000): Promise<RunningServer> {
  const databaseURI = env.DATABASE_URI ?? freshDatabaseURI()
  const { child, output } = spawnServer(await productionEnv({ DATABASE_URI: databaseURI, ...env }))
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
    url: `http://localhost:${port}`,
    databaseURI,
    output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exitOf(child)
    },
  }
}
