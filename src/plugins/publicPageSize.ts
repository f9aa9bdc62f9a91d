import type { CollectionBeforeOperationHook, Plugin, Where } from 'payload'
import { isStaff } from '../access/roles'
import { MAX_PUBLIC_PAGE_SIZE } from '../delivery/anonymousCaps'

type ReadArgs = { limit?: number; pagination?: boolean; where?: Where; overrideAccess?: boolean }

/** Payload loads related documents by id in one unpaginated batch: that read is bounded by the ids it names. */
const isRelationBatch = (args: ReadArgs) => args.pagination === false && Array.isArray((args.where?.id as { in?: unknown } | undefined)?.in)

/**
 * Readers outside the newsroom get pages of at most 50 on every path: REST has its own middleware, and this holds
 * the same line for GraphQL (`Articles(limit: 10000)`, `pagination: false`) and the Local API under access control.
 */
const capPageSize: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  const read = args as ReadArgs
  if (operation !== 'read' || isStaff(req.user) || overrideAccess || read.overrideAccess || isRelationBatch(read)) return args
  const unbounded = read.pagination === false || read.limit === 0
  if (!unbounded && (read.limit === undefined || read.limit <= MAX_PUBLIC_PAGE_SIZE)) return args
  return { ...args, pagination: true, limit: MAX_PUBLIC_PAGE_SIZE }
}

export const publicPageSize =
  (): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capPageSize] },
    })),
  })
