import { APIError, type PayloadRequest, ValidationError } from 'payload'
import { recordAudit } from '../audit/record'
import { assertPublishable } from './publishable'
import { type ContentLocale, defaultLocale, localeCodes } from '../localization'
import { type Actor, judgeTransition, type Move, SYSTEM, type SystemMove, transitions, type WorkflowAction, type WorkflowState } from './states'
import { type AdminLanguage, refusals, requestLanguage } from './words'
import { requestCopy } from '../requestCopy'

export type WorkflowCollection = 'articles' | 'launch-events'
export const workflowCollections: WorkflowCollection[] = ['articles', 'launch-events']

export type TransitionRequest = {
  collection: WorkflowCollection
  id: number | string
  action: WorkflowAction
  comment?: string
  reason?: string
  publishAt?: string
  unpublishAt?: string
  /** The public explanation: text in the source language, or text per locale (the source's required). */
  withdrawal?: { reason?: string; explanation?: string | Partial<Record<ContentLocale, string>> }
}

type Id = number | string
type WorkflowDoc = Record<string, unknown> & {
  id: Id
  workflowState?: WorkflowState | null
  editorial?: { submittedBy?: Id | { id: Id } | null } | null
}

const idOf = (value: Id | { id: Id } | null | undefined): Id | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)


const missing = (path: string, message: string) => new ValidationError({ errors: [{ path, message }] })

/**
 * The document as the workflow sees it: its latest version, every locale. Reading in all locales sets the locale
 * of the request it is given, so it reads through a copy (same transaction) and the caller's locale is kept.
 */
export async function loadWorkflowDoc(req: PayloadRequest, collection: WorkflowCollection, id: Id): Promise<WorkflowDoc> {
  return (await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    locale: 'all',
    req: requestCopy(req),
    overrideAccess: true,
  })) as unknown as WorkflowDoc
}

export const subjectOf = (doc: WorkflowDoc) => ({
  state: (doc.workflowState ?? 'draft') as WorkflowState,
  submittedBy: idOf(doc.editorial?.submittedBy),
})

const explanationIn = (request: Pick<TransitionRequest, 'withdrawal'>, locale: ContentLocale): string | undefined => {
  const explanation = request.withdrawal?.explanation
  return typeof explanation === 'string' ? (locale === defaultLocale ? explanation : undefined) : explanation?.[locale]
}

function checkNeeds(request: TransitionRequest, doc: WorkflowDoc, language: AdminLanguage): void {
  const needs = transitions[request.action].needs ?? []
  if (needs.includes('comment') && !request.comment?.trim()) throw missing('comment', refusals.comment[language])
  if (needs.includes('reason') && !request.reason?.trim()) throw missing('reason', refusals.reason[language])
  if (needs.includes('publishAt')) {
    const at = request.publishAt ? new Date(request.publishAt).getTime() : Number.NaN
    if (Number.isNaN(at) || at <= Date.now()) throw missing('publishAt', refusals.publishAt[language])
    if (request.unpublishAt && !(new Date(request.unpublishAt).getTime() > at)) throw missing('unpublishAt', refusals.unpublishAt[language])
  }
  if (needs.includes('withdrawal')) {
    if (!request.withdrawal?.reason) throw missing('withdrawal.reason', refusals.withdrawalReason[language])
    const live = new Set([defaultLocale, ...((doc.liveLocales as string[] | null | undefined) ?? [])])
    const notLive = localeCodes.filter((locale) => !live.has(locale) && explanationIn(request, locale)?.trim())
    if (notLive.length > 0) throw missing(`withdrawal.explanation.${notLive[0]}`, refusals.explanationNotLive(language, notLive))
    if (!explanationIn(request, defaultLocale)?.trim()) throw missing('withdrawal.explanation', refusals.withdrawalExplanation[language])
  }
}

function changesFor(request: MoveRequest, userId: Id | undefined): Record<string, unknown> {
  const now = new Date().toISOString()
  switch (request.action) {
    case 'scheduledPublish':
      return { editorial: { jobError: null } }
    case 'submit':
      return { editorial: { submittedBy: userId, submittedAt: now, reviewComment: null } }
    case 'approve':
      return { editorial: { reviewedBy: userId } }
    case 'reject':
      return { editorial: { reviewedBy: userId, reviewComment: request.comment, submittedBy: null } }
    case 'forcePublish':
      return { editorial: { forcePublishReason: request.reason, reviewedBy: userId } }
    case 'schedule':
      return { editorial: { publishAt: request.publishAt, unpublishAt: request.unpublishAt ?? null, jobError: null } }
    case 'withdraw':
      return { withdrawal: { withdrawnAt: now, reason: request.withdrawal?.reason, explanation: explanationIn(request, defaultLocale) } }
    default:
      return {}
  }
}

/**
 * Fires one transition of the editorial workflow, for REST, GraphQL and the Local API alike, as the request's user:
 * checks it against the workflow table (state, role, four eyes), its needs and, when it publishes, the quotes the
 * document embeds; then writes the new state and records it in the audit trail.
 */
export const fireTransition = (req: PayloadRequest, request: TransitionRequest): Promise<WorkflowDoc> => applyMove(req, request, req.user as Actor)

/**
 * The system's own moves (scheduled publication and unpublication, releases), through the same table, gates and
 * audit entry as people's transitions; `details` go into the audit entry.
 */
export const fireSystemMove = (req: PayloadRequest, move: { collection: WorkflowCollection; id: Id; action: SystemMove; details?: Record<string, unknown> }): Promise<WorkflowDoc> =>
  applyMove(req, move, SYSTEM)

type MoveRequest = Omit<TransitionRequest, 'action'> & { action: Move; details?: Record<string, unknown> }

async function applyMove(req: PayloadRequest, request: MoveRequest, actor: Actor): Promise<WorkflowDoc> {
  const doc = await loadWorkflowDoc(req, request.collection, request.id)
  const language = requestLanguage(req.headers)
  const verdict = judgeTransition(request.action, subjectOf(doc), actor, language)
  if (!verdict.allowed) throw new APIError(verdict.message, verdict.status, { rule: verdict.rule }, true)
  checkNeeds(request as TransitionRequest, doc, language)
  const transition = transitions[request.action]
  if (transition.publishes) await assertPublishable(req, request.collection, doc)

  // `_status` follows from the editorial state: live when published or withdrawn (a withdrawal notice is public).
  const live = transition.to === 'published' || transition.to === 'withdrawn'
  const changes = changesFor(request, actor === SYSTEM ? undefined : actor?.id)
  const editorial = { ...(doc.editorial ?? {}), ...(changes.editorial as object | undefined) }
  const updated = await req.payload.update({
    collection: request.collection,
    id: request.id,
    data: { ...changes, editorial, workflowState: transition.to, _status: live ? 'published' : 'draft' } as never,
    draft: false,
    // The workflow's fields are not translated: they are written through the source locale, whatever content
    // language the person's screen shows, so that only the document (not the screen) is judged.
    locale: defaultLocale,
    context: { workflowTransition: request.action },
    req: requestCopy(req),
    overrideAccess: true,
  })
  if (request.action === 'withdraw') await writeTranslatedExplanations(req, request as TransitionRequest)
  if (request.action === 'schedule') await queueScheduledJobs(req, request as TransitionRequest)
  await recordAudit(req, {
    action: request.action,
    collection: request.collection,
    documentId: request.id,
    details: { from: subjectOf(doc).state, to: transition.to, comment: request.comment, reason: request.reason, ...request.details },
  })
  return updated as unknown as WorkflowDoc
}

async function queueScheduledJobs(req: PayloadRequest, request: TransitionRequest): Promise<void> {
  const input = { collection: request.collection, id: String(request.id) }
  await req.payload.jobs.queue({ task: 'publishOnSchedule', input, waitUntil: new Date(request.publishAt as string), req })
  if (request.unpublishAt) {
    await req.payload.jobs.queue({ task: 'unpublishOnSchedule', input, waitUntil: new Date(request.unpublishAt), req })
  }
}

/** The withdrawal's public explanation in each other locale it was written in (same transaction). */
async function writeTranslatedExplanations(req: PayloadRequest, request: TransitionRequest): Promise<void> {
  for (const locale of localeCodes.filter((code) => code !== defaultLocale)) {
    const explanation = explanationIn(request, locale)?.trim()
    if (!explanation) continue
    await req.payload.update({
      collection: request.collection,
      id: request.id,
      data: { withdrawal: { explanation } } as never,
      draft: false,
      locale,
      context: { workflowTransition: request.action },
      req: requestCopy(req),
      overrideAccess: true,
    })
  }
}
