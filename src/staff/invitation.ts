import { randomBytes } from 'node:crypto'
import { APIError, type Endpoint, type PayloadRequest, ValidationError } from 'payload'
import { isAdmin } from '../access/roles'
import { recordAudit } from '../audit/record'
import { publicServerURL } from '../env'
import { jsonObjectBody } from '../validation/jsonBody'
import { requestCopy } from '../requestCopy'

/** How long an invitation link works: a week, for people who read their messages on Monday. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

export type Invitation = { id: number | string; email: string; invitationURL: string; expiresAt: string }

const invitedFields = ['email', 'name', 'role', 'translatorLocales', 'adminLanguage'] as const

/**
 * The link that lets the person choose their own password: Payload's reset-password page, with a token that works
 * once, until it expires. Issuing a new one ends the previous one.
 */
async function issueLink(req: PayloadRequest, email: string): Promise<Pick<Invitation, 'invitationURL' | 'expiresAt'>> {
  const token = await req.payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, expiration: INVITATION_LIFETIME_MS, context: { invitationLink: true }, req: requestCopy(req) })
  if (!token) throw new APIError('No invitation could be issued for this address.', 500)
  const admin = req.payload.config.routes.admin
  return { invitationURL: `${publicServerURL()}${admin}/reset/${token}`, expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS).toISOString() }
}

const refuseUnlessAdmin = (req: PayloadRequest) => {
  if (!req.user) throw new APIError('Sign in as an administrator to invite staff.', 401, null, true)
  if (!isAdmin(req.user)) throw new APIError('Only an administrator invites staff.', 403, null, true)
}

/**
 * `POST /api/users/invite` `{ email, name, role, translatorLocales?, adminLanguage? }` (administrators): the account is
 * created with a password nobody knows, and the answer carries the link with which its owner sets their own. Staff
 * join this way only: nobody, administrators included, chooses someone else's password.
 */
export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    refuseUnlessAdmin(req)
    const body = await jsonObjectBody(req)
    const unknown = Object.keys(body).filter((key) => !(invitedFields as readonly string[]).includes(key))
    if (unknown.length) throw new APIError(`An invitation names ${invitedFields.join(', ')}; not ${unknown.join(', ')}.`, 400, null, true)
    if (typeof body.email !== 'string' || !body.email.trim()) {
      throw new ValidationError({ collection: 'users', errors: [{ path: 'email', message: 'An invitation needs the e-mail address of the person invited.' }] })
    }
    const email = body.email.trim().toLowerCase()
    const taken = await req.payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, req: requestCopy(req) })
    if (taken.totalDocs) throw new APIError(`${email} already has an account: send it a new link from the account's page.`, 409, null, true)
    const user = await req.payload.create({
      collection: 'users',
      data: { ...body, email, password: randomBytes(32).toString('base64url') } as never,
      // The matrix lets nobody create accounts directly; this endpoint is the way in, for administrators.
      overrideAccess: true,
      context: { invitation: true },
      req: requestCopy(req),
    })
    const link = await issueLink(req, email)
    await recordAudit(req, { action: 'invite', collection: 'users', documentId: user.id, title: user.name })
    return Response.json({ id: user.id, email, ...link } satisfies Invitation, { status: 201 })
  },
}

/** `POST /api/users/:id/invitation` (administrators): a new link for someone whose link expired or was lost. */
export const reinviteEndpoint: Endpoint = {
  path: '/:id/invitation',
  method: 'post',
  handler: async (req) => {
    refuseUnlessAdmin(req)
    const id = req.routeParams?.id as string
    const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req: requestCopy(req) })
    if (!user) throw new APIError('Not Found', 404, null, true)
    const link = await issueLink(req, user.email)
    await recordAudit(req, { action: 'invite', collection: 'users', documentId: user.id, title: user.name, details: { again: true } })
    return Response.json({ id: user.id, email: user.email, ...link } satisfies Invitation)
  },
}
