import { APIError, commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { isStaff } from '../access/roles'
import { jsonObjectBody } from '../validation/jsonBody'
import { type ContentLocale, isContentLocale, localeCodes } from '../localization'
import { requiredLocales, translationStateIn } from '../translation/readiness'
import { fireTransition, loadWorkflowDoc, subjectOf, type TransitionRequest, type WorkflowCollection } from './fire'
import { availableActions, judgeTransition, type WorkflowAction, workflowActions } from './states'
import { formatNewsroomTime, newsroomTimeToISO } from './newsroomTime'
import { requestLanguage } from './words'

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

/** A withdrawal explanation as text, or as text per known locale; anything else is refused by name. */
function explanationOf(value: unknown): string | Partial<Record<ContentLocale, string>> | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value ?? undefined
  if (typeof value !== 'object' || Array.isArray(value)) throw new APIError('withdrawal.explanation must be text, or text per locale.', 400, null, true)
  const entries = Object.entries(value as Record<string, unknown>)
  for (const [locale, text] of entries) {
    if (!isContentLocale(locale) || typeof text !== 'string') {
      throw new APIError(`withdrawal.explanation.${locale} must be text in one of the locales ${localeCodes.join(', ')}.`, 400, null, true)
    }
  }
  return Object.fromEntries(entries) as Partial<Record<ContentLocale, string>>
}

/** A time as sent: with its offset (ISO 8601), or a wall-clock `YYYY-MM-DDTHH:MM` read as newsroom (Casablanca) time. */
const moment = (value: unknown): string | undefined => (typeof value === 'string' ? (newsroomTimeToISO(value) ?? value) : undefined)

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
    publishAt: moment(body.publishAt),
    unpublishAt: moment(body.unpublishAt),
    withdrawal: { reason: text(withdrawal.reason), explanation: explanationOf(withdrawal.explanation) },
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
      const language = requestLanguage(req.headers)
      // Actions this user would have, but for having submitted the document: the panel says why they are not offered.
      const held = workflowActions
        .map((action) => ({ action, verdict: judgeTransition(action, subject, req.user as never, language) }))
        .filter(({ verdict }) => !verdict.allowed && verdict.rule.endsWith('four eyes'))
        .map(({ action, verdict }) => ({ action, message: verdict.allowed ? '' : verdict.message }))
      const editorial = (doc.editorial ?? {}) as { reviewComment?: string | null; publishAt?: string | null; unpublishAt?: string | null }
      const scheduledFor = subject.state === 'scheduled' ? (editorial.publishAt ?? null) : null
      return Response.json({
        state: subject.state,
        actions: availableActions(subject, req.user as never),
        held,
        reviewComment: subject.state === 'draft' ? (editorial.reviewComment ?? null) : null,
        scheduledFor,
        // Formatted here: browsers' time-zone data may not know Casablanca's current offset (Debian's chromium does not).
        scheduledForText: scheduledFor ? formatNewsroomTime(scheduledFor, language) : null,
        liveLocales: (doc.liveLocales as string[] | null | undefined) ?? [],
        unpublishAt: editorial.unpublishAt ?? null,
        translations,
      })
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
