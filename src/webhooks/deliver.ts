import type { PayloadRequest, TaskConfig } from 'payload'
import { signDelivery } from './signature'

const TIMEOUT_MS = 10_000
const KEPT_RESPONSE_CHARS = 500

type Input = { subscription: string; body: string }

async function deliver({ input, job, req }: { input: Input; job: { totalTried?: number }; req: PayloadRequest }) {
  const subscription = await req.payload.findByID({ collection: 'webhook-subscriptions', id: input.subscription, depth: 0, overrideAccess: true, disableErrors: true })
  if (!subscription?.active) return { output: { skipped: 'subscription inactive or gone' } }
  const event = (JSON.parse(input.body) as { event: string }).event
  const timestamp = Math.floor(Date.now() / 1000)
  const attempt = (job.totalTried ?? 0) + 1
  let responseStatus: number | undefined
  let responseBody = ''
  let error: string | undefined
  try {
    const response = await fetch(subscription.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'MoroccoTech-Newsroom-Webhooks/1',
        'X-Newsroom-Event': event,
        'X-Newsroom-Timestamp': String(timestamp),
        'X-Newsroom-Signature': signDelivery(subscription.secret, timestamp, input.body),
      },
      body: input.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    responseStatus = response.status
    responseBody = (await response.text()).slice(0, KEPT_RESPONSE_CHARS)
    if (!response.ok) error = `answered ${response.status}`
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure)
  }
  // The delivery log is written outside the job's transaction, so a failed attempt stays on record.
  await req.payload.create({
    collection: 'webhook-deliveries',
    data: { subscription: subscription.id, event, attempt, succeeded: !error, responseStatus, responseBody, error, body: input.body },
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
