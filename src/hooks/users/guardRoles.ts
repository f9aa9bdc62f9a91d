import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { isAdmin } from '../../access/roles'
import type { User } from '../../payload-types'

const countAdmins = async (req: PayloadRequest): Promise<number> =>
  (await req.payload.count({ collection: 'users', where: { role: { equals: 'admin' } }, req })).totalDocs

/** What decides what a user may do: only an admin changes these. */
const PRIVILEGES = ['role', 'translatorLocales'] as const

/**
 * Only an admin changes a role or a translator's locales, on every path. The fields' own access would silently
 * drop a non-admin's change; this answers 403 instead, so nobody believes a change was made when it was not.
 */
export const refuseRoleChangeByNonAdmin: CollectionBeforeOperationHook = async (hook) => {
  const { overrideAccess, req } = hook
  if (overrideAccess || isAdmin(req.user)) return
  if (hook.operation !== 'update' && hook.operation !== 'updateByID') return
  const args = hook.args as { data?: Partial<User>; id?: number | string }
  const requested = PRIVILEGES.filter((field) => args.data?.[field] !== undefined)
  if (requested.length === 0) return
  // Updates by id arrive here as 'update' too; only a bulk update has no id.
  if (args.id !== undefined) {
    const stored = await req.payload.findByID({ collection: 'users', id: args.id, depth: 0, req, disableErrors: true })
    const changes = requested.filter((field) => JSON.stringify(stored?.[field] ?? null) !== JSON.stringify(args.data?.[field] ?? null))
    if (changes.length === 0) return
  }
  throw new APIError('Only an administrator can change a role.', 403, { rule: 'users.role: admin only' }, true)
}

/**
 * The very first account becomes the admin, so a fresh install is set up without any default password; and the
 * last admin can never be demoted, so the newsroom cannot lock itself out.
 */
export const appointFirstAdminAndKeepOne: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    const isFirstAccount = (await req.payload.count({ collection: 'users', req })).totalDocs === 0
    return isFirstAccount ? { ...data, role: 'admin' } : data
  }
  const demotesAnAdmin = originalDoc?.role === 'admin' && data.role !== undefined && data.role !== 'admin'
  if (demotesAnAdmin && (await countAdmins(req)) <= 1) {
    throw new APIError('The newsroom must keep at least one administrator: appoint another admin first.', 409, null, true)
  }
  return data
}

export const keepLastAdmin: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, req, depth: 0, disableErrors: true })
  if (user?.role === 'admin' && (await countAdmins(req)) <= 1) {
    throw new APIError('The last administrator cannot be deleted: appoint another admin first.', 409, null, true)
  }
}
