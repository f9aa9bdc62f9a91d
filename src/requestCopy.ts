import type { PayloadRequest } from 'payload'

/**
 * A copy of a request for a Local API call that sets its own locale (which would otherwise switch the caller's),
 * in the caller's transaction. The jobs queue's requests do not carry their transaction as a plain property, so it
 * is copied by name: without it, a write through the copy opens a second transaction and waits for the first.
 */
export const requestCopy = (req: PayloadRequest): PayloadRequest => ({ ...req, transactionID: req.transactionID }) as PayloadRequest
