import type { CollectionBeforeOperationHook } from 'payload'

/** A copy of a published document is a new draft: it goes through review like any other before anyone reads it. */
export const duplicateAsDraft: CollectionBeforeOperationHook = ({ args, operation }) => {
  const input = args as { duplicateFromID?: unknown; draft?: boolean }
  if (operation !== 'create' || input.duplicateFromID === undefined || input.duplicateFromID === null) return args
  return { ...args, draft: true }
}
