import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { isEditorOrAdmin } from '../access/staff'
import { loadWorkflowDoc, type WorkflowCollection } from '../workflow/fire'
import { formatNewsroomTime } from '../workflow/newsroomTime'
import { type AdminLanguage, requestLanguage } from '../workflow/words'

type Id = number | string
export type ReleaseItem = { relationTo: WorkflowCollection | 'quotes'; value: Id | { id: Id } }
export type ItemStatus = { relationTo: ReleaseItem['relationTo']; id: Id; title: string; state: string; scheduledFor: string | null; scheduledForText: string | null }

export const itemId = (value: ReleaseItem['value']): Id => (typeof value === 'object' ? value.id : value)

/** Where each item of a release stands now: its editorial state (or a quote's approval) and the time it was scheduled for. */
export async function itemStatuses(req: PayloadRequest, items: ReleaseItem[], language: AdminLanguage = 'en'): Promise<ItemStatus[]> {
  const statuses: ItemStatus[] = []
  for (const item of items) {
    const id = itemId(item.value)
    if (item.relationTo === 'quotes') {
      const quote = await req.payload.findByID({ collection: 'quotes', id, depth: 0, req, overrideAccess: true, disableErrors: true })
      statuses.push({ relationTo: 'quotes', id, title: quote ? String(quote.text).slice(0, 80) : '—', state: quote?.approvalStatus ?? 'missing', scheduledFor: null, scheduledForText: null })
      continue
    }
    const doc = (await loadWorkflowDoc(req, item.relationTo, id).catch(() => null)) as
      | (Record<string, unknown> & { workflowState?: string; editorial?: { publishAt?: string | null } | null })
      | null
    const titles = (doc?.title ?? doc?.name) as Record<string, string> | undefined
    const scheduledFor = doc?.workflowState === 'scheduled' ? (doc.editorial?.publishAt ?? null) : null
    statuses.push({
      relationTo: item.relationTo,
      id,
      title: titles?.fr ?? Object.values(titles ?? {})[0] ?? '—',
      state: doc ? (doc.workflowState ?? 'draft') : 'missing',
      scheduledFor,
      scheduledForText: scheduledFor ? formatNewsroomTime(scheduledFor, language) : null,
    })
  }
  return statuses
}

/** `GET /api/releases/:id/items`: the release screen's table of its items, for editors. */
export const releaseItemsEndpoint: Endpoint = {
  path: '/:id/items',
  method: 'get',
  handler: async (req) => {
    if (!isEditorOrAdmin(req.user)) throw new APIError('Only editors see releases.', 403, { rule: 'releases: admin, editor' }, true)
    const release = await req.payload.findByID({ collection: 'releases', id: req.routeParams?.id as string, depth: 0, req, overrideAccess: true })
    return Response.json({ items: await itemStatuses(req, (release.items ?? []) as ReleaseItem[], requestLanguage(req.headers)) })
  },
}
