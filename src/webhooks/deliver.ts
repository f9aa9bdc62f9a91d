import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { PayloadRequest, TaskConfig } from 'payload'
import { destinationProblem, guardedLookup, isAllowedPrivately } from './destination'
import { signDelivery } from './signature'

const TIMEOUT_MS = 10_000
const MAX_REDIRECTS = 3

type Input = { subscription: string; body: string }
type Answer = { status: number; location?: string }

/** One POST, connected only to an address the destination rules allow; the answer's body is read and discarded. */
function post(url: URL, headers: Record<string, string>, body: string): Promise<Answer> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing = send(
      url,
      { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, lookup: guardedLookup(isAllowedPrivately(url)) as never, timeout: TIMEOUT_MS },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location }))
        response.on('error', reject)
      },
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)))
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/**
 * Delivers to the subscriber's URL, following only redirects that keep the method (307, 308), each one checked
 * like the first: before connecting (the URL's host, resolved) and while connecting (the address actually used).
 */
async function deliverTo(raw: string, headers: Record<string, string>, body: string): Promise<number> {
  let target = raw
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const problem = await destinationProblem(target)
    if (problem) throw new Error(hop === 0 ? problem : `redirected to ${target}: ${problem}`)
    const answer = await post(new URL(target), headers, body)
    if ((answer.status !== 307 && answer.status !== 308) || !answer.location) return answer.status
    target = new URL(answer.location, target).href
  }
  throw new Error(`more than ${MAX_REDIRECTS} redirects`)
}

async function deliver({ input, job, req }: { input: Input; job: { totalTried?: number }; req: PayloadRequest }) {
  const subscription = await req.payload.findByID({ collection: 'webhook-subscriptions', id: input.subscription, depth: 0, overrideAccess: true, disableErrors: true })
  if (!subscription?.active) return { output: { skipped: 'subscription inactive or gone' } }
  const event = (JSON.parse(input.body) as { event: string }).event
  const timestamp = Math.floor(Date.now() / 1000)
  const attempt = (job.totalTried ?? 0) + 1
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'MoroccoTech-Newsroom-Webhooks/1',
    'X-Newsroom-Event': event,
    'X-Newsroom-Timestamp': String(timestamp),
    'X-Newsroom-Signature': signDelivery(subscription.secret, timestamp, input.body),
  }
  const started = performance.now()
  let responseStatus: number | undefined
  let error: string | undefined
  try {
    responseStatus = await deliverTo(subscription.url, headers, input.body)
    if (responseStatus < 200 || responseStatus >= 300) error = `answered ${responseStatus}`
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure)
  }
  const durationMs = Math.round(performance.now() - started)
  // The delivery log is written outside the job's transaction, so a failed attempt stays on record. It keeps the
  // status and the time taken, never what the subscriber answered: a log is no window onto another server.
  await req.payload.create({
    collection: 'webhook-deliveries',
    data: { subscription: subscription.id, event, attempt, succeeded: !error, responseStatus, durationMs, error, body: input.body },
    overrideAccess: true,
  })
  if (error) throw new Error(`Webhook to ${subscription.url} failed (attempt ${attempt}): ${error}`)
  return { output: { status: responseStatus } }
}

const retryDelay = Number(process.env.WEBHOOK_RETRY_DELAY_MS ?? 30_000)

/** One signed POST per subscriber and event, through the jobs queue: retried with exponential backoff, each attempt logged. */
export const deliverWebhook: TaskConfig = {
  slug: 'deliverWebhook',
  inputSchema: [
    { name: 'subscription', type: 'text', required: true },
    { name: 'body', type: 'text', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: retryDelay } },
  handler: deliver as unknown as TaskConfig['handler'],
}
