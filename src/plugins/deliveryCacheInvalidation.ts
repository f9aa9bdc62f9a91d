import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Plugin } from 'payload'
import { invalidateDeliveryCache } from '../delivery/cache'

/** Collections whose changes no public answer can show. */
const PRIVATE_COLLECTIONS = new Set(['audit-log', 'users', 'releases', 'webhook-subscriptions', 'webhook-deliveries', 'payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-kv'])

const afterChange: CollectionAfterChangeHook = ({ doc }) => {
  invalidateDeliveryCache()
  return doc
}
const afterDelete: CollectionAfterDeleteHook = () => invalidateDeliveryCache()
const afterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  invalidateDeliveryCache()
  return doc
}

/**
 * Clears the in-process delivery cache whenever anything a front end can see changes: a publish, an edit, an
 * unpublish, a withdrawal, a deletion, a quote's approval or a logo. Every content collection and global gets the
 * hook, so a new one is covered without remembering to.
 */
export const deliveryCacheInvalidation =
  (): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      PRIVATE_COLLECTIONS.has(collection.slug)
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
            },
          },
    ),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] },
    })),
  })
