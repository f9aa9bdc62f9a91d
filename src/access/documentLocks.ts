import type { Access, CollectionBeforeChangeHook, SanitizedConfig } from 'payload'
import { isAdmin, isStaff } from './roles'

const LOCKS = 'payload-locked-documents'

/** A lock is always in the name of whoever takes it, whatever user the request names. */
const lockInOwnName: CollectionBeforeChangeHook = ({ data, req }) =>
  req.user ? { ...data, user: { relationTo: req.user.collection, value: req.user.id } } : data

/** Staff release their own locks; only an administrator releases someone else's. */
const releaseOwnLocks: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!isStaff(req.user) || !req.user) return false
  return { 'user.value': { equals: req.user.id } }
}

const staffOnly: Access = ({ req }) => isStaff(req.user)

/**
 * Payload adds its document-locks collection after plugins run, with "any signed-in user" access. Staff may see
 * locks and take one over (the admin's "take over" writes the lock in their own name), but never create, move or
 * delete a lock in someone else's name.
 */
export function guardDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) return config
  locks.access = { ...locks.access, create: staffOnly, read: staffOnly, update: staffOnly, delete: releaseOwnLocks }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockInOwnName]
  return config
}
