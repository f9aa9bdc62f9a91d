import type { CollectionBeforeOperationHook, Where } from 'payload'
import { isStaff } from '../../access/roles'

const pinsOneDocument = (where: Where | undefined): boolean => {
  const text = JSON.stringify(where ?? {})
  return text.includes('"slug":{"equals"') || text.includes('"id":{"equals"')
}

/**
 * A withdrawn document stays readable where a front end asks for it by slug or id (with its withdrawal notice),
 * but leaves the lists anonymous readers browse.
 */
export const hideWithdrawnFromLists: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  // System reads (overrideAccess) state their own filters: the homepage even looks for withdrawn articles.
  if (operation !== 'read' || isStaff(req.user) || overrideAccess || (args as { overrideAccess?: boolean }).overrideAccess) return args
  const { id, where } = args as { id?: unknown; where?: Where }
  if (id !== undefined || pinsOneDocument(where)) return args
  const listable: Where = { workflowState: { not_equals: 'withdrawn' } }
  return { ...args, where: where ? { and: [where, listable] } : listable }
}
