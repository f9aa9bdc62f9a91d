import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Refuses a write based on an older version than the stored one: the client sends the `updatedAt` it edited
 * from, and if someone saved since, it gets 409 instead of silently overwriting their work.
 */
export const refuseStaleWrite: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return
  const { data, id } = args as { data?: { updatedAt?: unknown }; id?: number | string }
  const editedFrom = data?.updatedAt
  if (typeof editedFrom !== 'string' || id === undefined) return
  const stored = await req.payload.findByID({
    collection: collection.slug as 'articles',
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { updatedAt: true },
  })
  if (stored?.updatedAt && new Date(stored.updatedAt).getTime() !== new Date(editedFrom).getTime()) {
    throw new APIError(
      'Someone else saved this document after the version you are editing, so your save was refused and nothing was ' +
        'overwritten. Reload the document and apply your changes again.',
      409,
      { rule: 'concurrency: edit from the latest version', storedUpdatedAt: stored.updatedAt },
      true,
    )
  }
}
