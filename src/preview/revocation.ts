import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * Staff change a preview link in one way only: they revoke it, now, once (whatever else the write says). What it
 * grants is fixed when it is made.
 */
export const onlyRevocation: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user) return data
  if (originalDoc?.revokedAt) throw new APIError('This preview link is already revoked.', 409, null, true)
  return { ...originalDoc, revokedAt: new Date().toISOString() }
}
