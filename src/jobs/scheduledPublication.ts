import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { fireSystemMove, loadWorkflowDoc, type WorkflowCollection } from '../workflow/fire'

type Input = { collection: WorkflowCollection; id: string }

const inputSchema: TaskConfig['inputSchema'] = [
  { name: 'collection', type: 'text', required: true },
  { name: 'id', type: 'text', required: true },
]

/**
 * Shows a failed attempt on the document itself (the admin and the API read it there). It is written without the
 * job's request, so outside any transaction the failure rolls back; the document stays unpublished and scheduled.
 */
async function recordJobError(payload: Payload, input: Input, error: unknown): Promise<void> {
  const message = `${new Date().toISOString()}: ${error instanceof Error ? error.message : String(error)}`
  payload.logger.error(`Scheduled job for ${input.collection} ${input.id} failed: ${message}`)
  const doc = await payload.findByID({ collection: input.collection, id: input.id, draft: true, depth: 0 })
  await payload.update({
    collection: input.collection,
    id: input.id,
    data: { _status: 'draft', editorial: { ...(doc.editorial ?? {}), jobError: message } } as never,
    draft: false,
    context: { workflowTransition: 'scheduleFailure' },
  })
}

async function publishScheduled({ input, req }: { input: Input; req: PayloadRequest }) {
  const doc = await loadWorkflowDoc(req, input.collection, input.id)
  if (doc.workflowState !== 'scheduled') return { output: { skipped: `now ${doc.workflowState}` } }
  try {
    await fireSystemMove(req, { collection: input.collection, id: input.id, action: 'scheduledPublish' })
  } catch (error) {
    await recordJobError(req.payload, input, error)
    throw error
  }
  return { output: { published: true } }
}

async function unpublishScheduled({ input, req }: { input: Input; req: PayloadRequest }) {
  const doc = await loadWorkflowDoc(req, input.collection, input.id)
  if (doc.workflowState !== 'published') return { output: { skipped: `now ${doc.workflowState}` } }
  await fireSystemMove(req, { collection: input.collection, id: input.id, action: 'scheduledUnpublish' })
  return { output: { unpublished: true } }
}

/** Scheduled publication runs in the server's jobs queue; a failed attempt is retried, and shown on the document. */
export const publishOnSchedule: TaskConfig = {
  slug: 'publishOnSchedule',
  inputSchema,
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  handler: publishScheduled as unknown as TaskConfig['handler'],
}

export const unpublishOnSchedule: TaskConfig = {
  slug: 'unpublishOnSchedule',
  inputSchema,
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  handler: unpublishScheduled as unknown as TaskConfig['handler'],
}
