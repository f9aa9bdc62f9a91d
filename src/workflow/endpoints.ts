import { APIError, commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { isStaff } from '../access/roles'
import { jsonObjectBody } from '../validation/jsonBody'
import { localeCodes } from '../localization'
import { requiredLocales, translationStateIn } from '../translation/readiness'
import { fireTransition, loadWorkflowDoc, subjectOf, type TransitionRequest, type WorkflowCollection } from './fire'
import { availableActions, type WorkflowAction, workflowActions } from './states'

const requireStaff = (req: PayloadRequest) => {
  if (!isStaff(req.user)) throw new APIError('Sign in to use the editorial workflow.', 401, { rule: 'workflow: staff only' }, true)
}

/** Runs work in one database transaction: the new state and its audit entry are written together or not at all. */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

export function parseTransition(collection: WorkflowCollection, id: unknown, body: Record<string, unknown>): TransitionRequest {
  const action = body.action
  if (typeof action !== 'string' || !(workflowActions as readonly string[]).includes(action)) {
    throw new APIError(`Unknown workflow action "${String(action)}". Known: ${workflowActions.join(', ')}.`, 400, null, true)
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
  const withdrawal = (body.withdrawal ?? {}) as Record<string, unknown>
  return {
    collection,
    id: id as number | string,
    action: action as WorkflowAction,
    comment: text(body.comment),
    reason: text(body.reason),
    publishAt: text(body.publishAt),
    unpublishAt: text(body.unpublishAt),
    withdrawal: { reason: text(withdrawal.reason), explanation: text(withdrawal.explanation) },
  }
}

/**
 * `GET /api/<collection>/:id/transitions` (state, the actions this user may fire, where each translation stands and
 * whether publishing needs it) and `POST /api/<collection>/:id/transition`.
 */
export const workflowEndpoints = (collection: WorkflowCollection): Endpoint[] => [
  {
    path: '/:id/transitions',
    method: 'get',
    handler: async (req) => {
      requireStaff(req)
      const doc = await loadWorkflowDoc(req, collection, req.routeParams?.id as string)
      const subject = subjectOf(doc)
      const required = await requiredLocales(req, collection)
      const translations = localeCodes.map((locale) => ({ locale, state: translationStateIn(doc, locale), required: required.includes(locale) }))
      return Response.json({ state: subject.state, actions: availableActions(subject, req.user as never), translations })
    },
  },
  {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      requireStaff(req)
      const body = await jsonObjectBody(req)
      const request = parseTransition(collection, req.routeParams?.id, body)
      const doc = await inTransaction(req, () => fireTransition(req, request))
      return Response.json({ id: doc.id, state: doc.workflowState, _status: doc._status })
    },
  },
]
