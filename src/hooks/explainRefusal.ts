import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { type Action, type GuardedCollection, can, permissions } from '../access/permissions'
import { roleOf } from '../access/roles'

const actionOf: Record<string, Action | undefined> = {
  create: 'create',
  update: 'update',
  updateByID: 'update',
  delete: 'delete',
  deleteByID: 'delete',
}

/**
 * Answers a write the permission matrix refuses with 403 and the rule that refused it, rather than Payload's
 * bare "not allowed". The access functions still enforce the same matrix.
 */
export const explainRefusal =
  (collection: GuardedCollection): CollectionBeforeOperationHook =>
  ({ args, operation, overrideAccess, req }) => {
    const action = actionOf[operation]
    if (!action || overrideAccess || can(req.user, collection, action)) return args
    const allowed = permissions[collection][action]
    const who = roleOf(req.user) ?? 'an anonymous reader'
    throw new APIError(
      `${who === 'an anonymous reader' ? 'An anonymous reader' : `A user with the ${who} role`} may not ${action} ${collection}.`,
      403,
      { rule: `${collection}.${action}: ${Array.isArray(allowed) ? allowed.join(', ') : allowed}` },
      true,
    )
  }
