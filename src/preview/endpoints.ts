import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { isStaff } from '../access/roles'
import { isContentLocale } from '../localization'
import { jsonObjectBody } from '../validation/jsonBody'
import type { WorkflowCollection } from '../workflow/fire'
import { previewContext } from './context'
import { type PreviewClaim, signPreview, verifyPreview } from './links'

const DEFAULT_TTL_MINUTES = 60
const MAX_TTL_MINUTES = 7 * 24 * 60

const refused = (message: string) => Response.json({ errors: [{ message }] }, { status: 401, headers: { 'Cache-Control': 'private, no-store' } })

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
    const link = await req.payload.create({
      collection: 'preview-links',
      data: { targetCollection: collection, documentId: id, locale, expiresAt: new Date(expiresAt).toISOString(), createdBy: req.user?.id },
      req,
      overrideAccess: true,
    })
    const token = signPreview(req.payload.secret, { link: String(link.id), collection, id, locale, expiresAt })
    return Response.json({ token, url: `/api/preview?token=${token}`, link: link.id, expiresAt: new Date(expiresAt).toISOString() })
  },
})

/** Whether the preview-links entry behind a token still stands: it exists, names the same draft, and is not revoked. */
async function linkStands(req: PayloadRequest, claim: PreviewClaim): Promise<string | undefined> {
  if (!claim.link) return 'This preview link is from an older version of the newsroom: ask for a new one.'
  const link = await req.payload.findByID({ collection: 'preview-links', id: claim.link, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!link || link.targetCollection !== claim.collection || link.documentId !== claim.id) return 'This preview link no longer exists: ask the newsroom for a new one.'
  if (link.revokedAt) return 'This preview link was revoked by the newsroom.'
  return undefined
}

/**
 * `GET /api/preview?token=…`: the draft the token names, in its locale, read exactly as an anonymous reader reads a
 * published document (the same access rules, so no staff fields, no staff relations), for a front end without an account.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const check = verifyPreview(req.payload.secret, req.searchParams.get('token'))
    if (!check.valid) return refused(check.reason)
    const { claim } = check
    const gone = await linkStands(req, claim)
    if (gone) return refused(gone)
    const asReader = { ...req, user: null, locale: claim.locale, context: { ...req.context, ...previewContext({ collection: claim.collection, id: claim.id }) } } as PayloadRequest
    const doc = await req.payload.findByID({
      collection: claim.collection as WorkflowCollection,
      id: claim.id,
      draft: true,
      depth: 1,
      locale: claim.locale as 'fr',
      req: asReader,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!doc) return Response.json({ errors: [{ message: 'The previewed document no longer exists.' }] }, { status: 404 })
    return Response.json(doc, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
