import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import type { Payload } from 'payload'

type Cron = { stop: () => void; isBusy?: () => boolean }

/** How long a connection with nothing in flight is kept after shutdown begins, for a request already on its way. */
const IDLE_GRACE_MS = 1_000

/**
 * The connections of a server and how many requests each is serving. Node's own `closeIdleConnections` cuts a
 * connection whose request the busy process has not read yet (the client sent it; it is waiting in the socket):
 * that request is lost after being accepted. Here, at shutdown, a connection is closed once it has answered what
 * it was asked, or after a short grace with nothing asked.
 */
export function trackConnections(server: Server) {
  const inFlight = new Map<Socket, number>()
  let stopping = false
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0)
    socket.on('close', () => inFlight.delete(socket))
  })
  server.on('request', (req, res) => {
    const socket = req.socket
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1)
    // While stopping, every answer tells the client not to reuse its connection.
    if (stopping) res.shouldKeepAlive = false
    res.once('close', () => {
      const left = Math.max(0, (inFlight.get(socket) ?? 1) - 1)
      inFlight.set(socket, left)
      if (stopping && left === 0) socket.end()
    })
  })
  return {
    /** From now on: close each connection once it has answered, or after a short grace if it is asked nothing. */
    stop(): void {
      stopping = true
      const idle = setTimeout(() => {
        for (const [socket, count] of inFlight) if (count === 0) socket.end()
      }, IDLE_GRACE_MS)
      idle.unref()
    },
    destroyAll(): void {
      for (const socket of inFlight.keys()) socket.destroy()
    },
    get busy(): number {
      return [...inFlight.values()].filter((count) => count > 0).length
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Stops the jobs queue's timers and waits for a run in progress to finish (scheduled publications, webhook
 * deliveries), within `withinMs`. Returns whether nothing was left running.
 */
export async function finishRunningJobs(payload: Payload, withinMs: number): Promise<boolean> {
  const crons = payload.crons.splice(0, payload.crons.length) as unknown as Cron[]
  for (const cron of crons) cron.stop()
  const deadline = Date.now() + withinMs
  while (crons.some((cron) => cron.isBusy?.()) && Date.now() < deadline) await sleep(50)
  return !crons.some((cron) => cron.isBusy?.())
}

/** A job cut off by a forced stop is handed back to the queue, so the next instance runs it. */
export async function releaseInterruptedJobs(payload: Payload): Promise<void> {
  await payload.db.updateMany({ collection: 'payload-jobs', where: { processing: { equals: true } }, data: { processing: false } })
}
