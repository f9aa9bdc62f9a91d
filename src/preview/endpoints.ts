import { APIError, type Endpoint } from 'payload'
import { isStaff } from '../access/roles'
import { isContentLocale } from '../localization'
import type { WorkflowCollection } from '../workflow/fire'
import { jsonObjectBody } from '../validation/jsonBody'
import { signPreview, verifyPreview } from './links'

const DEFAULT_TTL_MINUTES = 60
const MAX_TTL_MINUTES = 7 * 24 * 60
/** Fields staff see and front ends never do, even in a preview. */
const STAFF_ONLY = ['editorial', 'changeKind', 'changeNote'] as const

/** `POST /api/<collection>/:id/preview-link` { locale, minutes }: a signed link to one draft in one locale. */
export const previewLinkEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/preview-link',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new APIError('Sign in to create preview links.', 401, null, true)
    const body = (await jsonObjectBody(req)) as { locale?: unknown; minutes?: unknown }
    const locale = body.locale ?? 'fr'
    if (!isContentLocale(locale)) throw new APIError(`Unknown locale "${String(locale)}".`, 400, null, true)
    const minutes = body.minutes === undefined ? DEFAULT_TTL_MINUTES : Number(body.minutes)
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_TTL_MINUTES) {
      throw new APIError(`A preview link lasts between 1 minute and ${MAX_TTL_MINUTES / 60 / 24} days.`, 400, null, true)
    }
    const id = String(req.routeParams?.id)
    await req.payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: false })
    const expiresAt = Date.now() + minutes * 60_000
    const token = signPreview(req.payload.secret, { collection, id, locale, expiresAt })
    return Response.json({ token, url: `/api/preview?token=${token}`, expiresAt: new Date(expiresAt).toISOString() })
  },
})

/** `GET /api/preview?token=…`: the draft the token names, in its locale, for a front end without an account. */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const check = verifyPreview(req.payload.secret, req.searchParams.get('token'))
    if (!check.valid) return Response.json({ errors: [{ message: check.reason }] }, { status: 401 })
    const { claim } = check
    const doc = (await req.payload.findByID({
      collection: claim.collection as WorkflowCollection,
      id: claim.id,
      draft: true,
      depth: 1,
      locale: claim.locale as 'fr',
      req,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    for (const field of STAFF_ONLY) delete doc[field]
    return Response.json(doc, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
