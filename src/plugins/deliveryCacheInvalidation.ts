import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Plugin } from 'payload'
import { invalidateDeliveryCache } from '../delivery/cache'
import { PUBLICLY_VISIBLE_STATES, type WorkflowState } from '../workflow/states'

/** Collections whose changes no public answer can show. */
const PRIVATE_COLLECTIONS = new Set(['audit-log', 'users', 'releases', 'webhook-subscriptions', 'webhook-deliveries', 'payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-kv'])

type Versioned = { _status?: string | null; workflowState?: string | null } | undefined

const everPublic = (doc: Versioned): boolean => doc?._status === 'published' || PUBLICLY_VISIBLE_STATES.includes(doc?.workflowState as WorkflowState)

/**
 * A draft that never was public (a new article being written, autosaved every two seconds) is in no public answer:
 * saving it invalidates nothing. Anything else that changes may be, and clears the cache.
 */
export const changesPublicAnswers = (doc: Versioned, previousDoc: Versioned): boolean =>
  doc?._status !== 'draft' || everPublic(doc) || everPublic(previousDoc)

const afterChange: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  if (changesPublicAnswers(doc, previousDoc)) invalidateDeliveryCache()
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
