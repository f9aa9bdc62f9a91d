import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

const refusal = () =>
  new APIError('The audit trail is append-only: its entries cannot be changed or deleted.', 403, { rule: 'audit-log: append-only' }, true)

/** Entries are created by `recordAudit` only (it sets `context.audit`), and never updated, by anyone. */
export const onlyRecordedEntries: CollectionBeforeChangeHook = ({ context, data, operation }) => {
  if (operation !== 'create' || !context.audit) throw refusal()
  return data
}

export const neverDeleted: CollectionBeforeDeleteHook = () => {
  throw refusal()
}
