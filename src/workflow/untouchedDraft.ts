import { APIError, type Endpoint, type Payload, type Where } from 'payload'
import { isStaff } from '../access/roles'
import type { WorkflowCollection } from './fire'
import { requestCopy } from '../requestCopy'

/**
 * Payload's admin creates a draft the moment someone clicks "Create" on a collection with autosave. A draft nobody
 * then wrote in is not a document: it is discarded when its author leaves it, and swept up later if the tab was
 * closed instead. "Untouched" is judged on the stored document, never on what a browser says.
 */
type Stored = { workflowState?: string; _status?: string; publishedAt?: unknown; title?: unknown }

const hasText = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : value !== null && typeof value === 'object' && Object.values(value).some(hasText)

/**
 * Why a stored document is not an untouched draft, or undefined when it is one. Every save after the creation adds a
 * version (the first autosave included), so one version means nobody saved it since.
 */
export async function whyNotUntouched(payload: Payload, collection: WorkflowCollection, doc: Stored & { id: number | string }): Promise<string | undefined> {
  if (doc.workflowState !== 'draft' || doc._status === 'published' || doc.publishedAt) return 'it has been through the workflow'
  if (hasText(doc.title)) return 'it has a title'
  const versions = await payload.countVersions({ collection, where: { parent: { equals: doc.id } }, overrideAccess: true })
  if (versions.totalDocs > 1) return 'it has been saved since it was created'
  return undefined
}

const discardContext = { discardUntouched: true }

/** `POST /api/<collection>/:id/discard`: deletes the draft if nobody wrote in it (409 otherwise), as the admin leaves it. */
export const discardUntouchedEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/discard',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new APIError('Sign in to discard a draft.', 401, null, true)
    const id = req.routeParams?.id as string
    // Read as the person asking, every locale: what they cannot see they cannot discard. Nothing else is asked of
    // them, as an untouched draft holds nothing to lose.
    const doc = (await req.payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0, user: req.user, overrideAccess: false, disableErrors: true, req: requestCopy(req) })) as
      | (Stored & { id: number | string })
      | null
    if (!doc) throw new APIError('Not Found', 404, null, true)
    const why = await whyNotUntouched(req.payload, collection, doc)
    if (why) throw new APIError(`This draft is kept: ${why}.`, 409, null, true)
    await req.payload.delete({ collection, id, overrideAccess: true, context: discardContext, req: requestCopy(req) })
    return Response.json({ discarded: true })
  },
})

/** Untouched drafts older than this are swept: a tab left open that long has lost its session anyway. */
export const UNTOUCHED_DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000

/** Deletes every untouched draft created before `olderThan`; returns how many went. */
export async function sweepUntouchedDrafts(payload: Payload, collection: WorkflowCollection, olderThan: Date): Promise<number> {
  const where: Where = { and: [{ workflowState: { equals: 'draft' } }, { createdAt: { less_than: olderThan.toISOString() } }] }
  const untouched: (number | string)[] = []
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({ collection, where, locale: 'all', draft: true, depth: 0, limit: 100, page, overrideAccess: true })
    for (const doc of docs as (Stored & { id: number | string })[]) if (!(await whyNotUntouched(payload, collection, doc))) untouched.push(doc.id)
    if (!hasNextPage) break
  }
  for (const id of untouched) await payload.delete({ collection, id, overrideAccess: true, context: discardContext })
  return untouched.length
}

/** Sweeps untouched drafts every hour, in the server process; several instances sweeping the same ones is harmless. */
export function keepSweepingUntouchedDrafts(payload: Payload, collections: WorkflowCollection[]): void {
  const sweep = async () => {
    const olderThan = new Date(Date.now() - UNTOUCHED_DRAFT_LIFETIME_MS)
    for (const collection of collections) {
      const swept = await sweepUntouchedDrafts(payload, collection, olderThan).catch((error: unknown) => {
        payload.logger.warn(`Sweeping untouched ${collection} drafts failed: ${String(error)}`)
        return 0
      })
      if (swept) payload.logger.info(`Swept ${swept} untouched ${collection} draft(s) left by closed tabs.`)
    }
  }
  setInterval(() => void sweep(), 60 * 60 * 1000).unref()
}
