import { APIError, type Endpoint, type PayloadRequest, type TaskConfig } from 'payload'
import { isEditorOrAdmin } from '../access/staff'
import { recordAudit } from '../audit/record'
import { fireSystemMove, type WorkflowCollection, loadWorkflowDoc, subjectOf } from '../workflow/fire'
import { assertPublishable } from '../workflow/publishable'
import { transitions } from '../workflow/states'
import { inTransaction } from '../workflow/endpoints'

type Item = { relationTo: WorkflowCollection | 'quotes'; value: number | string | { id: number | string } }
// What a release may publish: the table's own row for it.
const READY_STATES: readonly string[] = transitions.releasePublish.from
type Id = number | string

const idOf = (value: Item['value']) => (typeof value === 'object' ? value.id : value)

/** The time a scheduled document was promised for, while it is still ahead. */
export function embargoOf(doc: { workflowState?: string | null; editorial?: { publishAt?: string | null } | null }, now = Date.now()): string | undefined {
  const at = doc.workflowState === 'scheduled' ? doc.editorial?.publishAt : undefined
  return at && new Date(at).getTime() > now ? at : undefined
}

type ReleaseTerms = { releaser: Id | undefined; embargoOverride: boolean; lifted: Map<string, string> }

async function problemsOf(req: PayloadRequest, item: Item, { releaser, embargoOverride, lifted }: ReleaseTerms): Promise<string | undefined> {
  const id = idOf(item.value)
  if (item.relationTo === 'quotes') {
    const quote = await req.payload.findByID({ collection: 'quotes', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!quote) return `quote ${id} no longer exists`
    return quote.approvalStatus === 'approved' ? undefined : `quote "${quote.text.slice(0, 40)}" is ${quote.approvalStatus}, not approved`
  }
  const doc = await loadWorkflowDoc(req, item.relationTo, id)
  const state = doc.workflowState ?? 'draft'
  if (!READY_STATES.includes(state)) return `${item.relationTo} ${id} is ${state}, not approved`
  const embargo = embargoOf(doc as never)
  if (embargo) lifted.set(`${item.relationTo}:${id}`, embargo)
  if (embargo && !embargoOverride) {
    return `${item.relationTo} ${id} is scheduled for ${embargo}: a release does not publish it earlier unless an editor records why (embargo override)`
  }
  const { submittedBy } = subjectOf(doc)
  if (releaser !== undefined && submittedBy !== undefined && String(submittedBy) === String(releaser)) {
    return `you submitted ${item.relationTo} ${id}, so a second editor must publish this release`
  }
  try {
    await assertPublishable(req, item.relationTo, doc)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  return undefined
}

/**
 * Publishes every document of a release together, all or none: each is checked first, and the publications are
 * written in one transaction. If anything is not ready, nothing is published and the release says why.
 */
export async function publishRelease(req: PayloadRequest, releaseId: number | string): Promise<{ published: number }> {
  const release = await req.payload.findByID({ collection: 'releases', id: releaseId, depth: 0, req, overrideAccess: true })
  if (release.state === 'published') throw new APIError('This release has already been published.', 409, null, true)
  const items = (release.items ?? []) as Item[]
  // A person publishing by hand may not release their own submission; the scheduled run publishes what two
  // people already agreed on (an approved document cannot change without going back to review).
  const terms: ReleaseTerms = { releaser: req.user?.id, embargoOverride: Boolean(release.embargoOverrideReason?.trim()), lifted: new Map() }
  const problems: string[] = []
  for (const item of items) {
    const problem = await problemsOf(req, item, terms)
    if (problem) problems.push(problem)
  }
  if (problems.length > 0) {
    const reason = `Nothing was published: ${problems.join('; ')}.`
    await req.payload.update({ collection: 'releases', id: releaseId, data: { state: 'failed', failureReason: reason }, req, overrideAccess: true })
    await recordAudit(req, { action: 'releaseFail', collection: 'releases', documentId: releaseId, details: { problems } })
    throw new APIError(reason, 409, { rule: 'release: all or none', problems }, true)
  }
  let published = 0
  await inTransaction(req, async () => {
    for (const item of items.filter((entry) => entry.relationTo !== 'quotes')) {
      const embargo = terms.lifted.get(`${item.relationTo}:${idOf(item.value)}`)
      const details = embargo ? { release: releaseId, embargoLifted: { scheduledFor: embargo, reason: release.embargoOverrideReason } } : { release: releaseId }
      await fireSystemMove(req, { collection: item.relationTo as WorkflowCollection, id: idOf(item.value), action: 'releasePublish', details })
      published++
    }
    await req.payload.update({
      collection: 'releases',
      id: releaseId,
      data: { state: 'published', failureReason: null, publishedAt: new Date().toISOString() },
      req,
      overrideAccess: true,
    })
    await recordAudit(req, { action: 'releasePublish', collection: 'releases', documentId: releaseId, details: { items: items.length } })
  })
  return { published }
}

/** The scheduled side of a release: published at its time, skipped if it was published by hand or moved. */
export const publishReleaseOnSchedule: TaskConfig = {
  slug: 'publishReleaseOnSchedule',
  inputSchema: [{ name: 'id', type: 'text', required: true }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: (async ({ input, req }: { input: { id: string }; req: PayloadRequest }) => {
    const release = await req.payload.findByID({ collection: 'releases', id: input.id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!release || release.state === 'published') return { output: { skipped: 'already published or gone' } }
    if (release.publishAt && new Date(release.publishAt).getTime() > Date.now()) return { output: { skipped: 'moved to a later time' } }
    return { output: await publishRelease(req, input.id) }
  }) as unknown as TaskConfig['handler'],
}

/** `POST /api/releases/:id/publish`: an editor publishes the release now. */
export const publishReleaseEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    if (!isEditorOrAdmin(req.user)) throw new APIError('Only editors publish a release.', 403, { rule: 'releases: admin, editor' }, true)
    return Response.json(await publishRelease(req, req.routeParams?.id as string))
  },
}
