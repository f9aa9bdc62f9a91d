import { type Role, roleGroups } from '../access/roles'
import { type AdminLanguage, refusals } from './words'

/**
 * The editorial workflow of articles and launch events, as one table: the states, and for each transition the
 * states it may start from, the state it leads to, who may fire it and what it needs. Nothing else in the
 * codebase decides whether a transition is allowed.
 */
export const workflowStates = ['draft', 'submitted', 'approved', 'scheduled', 'published', 'withdrawn'] as const
export type WorkflowState = (typeof workflowStates)[number]

/** States in which the document is visible to the public. */
export const PUBLICLY_VISIBLE_STATES: readonly WorkflowState[] = ['published', 'withdrawn']

export const workflowActions = [
  'submit',
  'approve',
  'reject',
  'publish',
  'schedule',
  'forcePublish',
  'withdraw',
  'unpublish',
] as const
export type WorkflowAction = (typeof workflowActions)[number]

/** What the system does on its own, by the same table and the same function as people's actions. */
export const systemMoves = ['scheduledPublish', 'scheduledUnpublish', 'releasePublish'] as const
export type SystemMove = (typeof systemMoves)[number]
export type Move = WorkflowAction | SystemMove

/** The system's moves are fired by the newsroom itself (its jobs queue, a release), never by a person. */
export const SYSTEM = 'system' as const

export type Transition = {
  from: readonly WorkflowState[]
  to: WorkflowState
  roles: readonly Role[]
  /** Whoever submitted the document may not fire it. */
  fourEyes?: boolean
  needs?: ReadonlyArray<'comment' | 'reason' | 'publishAt' | 'withdrawal'>
  /** The document goes live (its embedded quotes must then be approved). */
  publishes?: boolean
  /** A move only the system makes. */
  bySystem?: true
}

const { editors, writers } = roleGroups

export const transitions: Record<Move, Transition> = {
  submit: { from: ['draft'], to: 'submitted', roles: writers },
  approve: { from: ['submitted'], to: 'approved', roles: editors, fourEyes: true },
  reject: { from: ['submitted'], to: 'draft', roles: editors, needs: ['comment'] },
  publish: { from: ['approved'], to: 'published', roles: editors, fourEyes: true, publishes: true },
  schedule: { from: ['approved'], to: 'scheduled', roles: editors, fourEyes: true, needs: ['publishAt'] },
  forcePublish: {
    from: ['draft', 'submitted', 'approved', 'scheduled'],
    to: 'published',
    roles: ['admin'],
    needs: ['reason'],
    publishes: true,
  },
  withdraw: { from: ['published'], to: 'withdrawn', roles: editors, needs: ['withdrawal'] },
  unpublish: { from: ['published', 'scheduled'], to: 'draft', roles: editors },
  // Scheduled publication and unpublication (the jobs queue) and coordinated releases. A release publishes only what
  // two people agreed on: an approved document cannot change without going back to review.
  scheduledPublish: { from: ['scheduled'], to: 'published', roles: [], bySystem: true, publishes: true },
  scheduledUnpublish: { from: ['published'], to: 'draft', roles: [], bySystem: true },
  releasePublish: { from: ['approved', 'scheduled'], to: 'published', roles: [], bySystem: true, publishes: true },
}

export type WorkflowSubject = { state: WorkflowState; submittedBy?: number | string | null }
export type Actor = { id: number | string; role?: Role | null } | typeof SYSTEM | null | undefined

export type Verdict = { allowed: true } | { allowed: false; status: 403 | 409; rule: string; message: string }

/** May this user fire this action on a document in this state? The reason is given when not. */
export function judgeTransition(action: Move, subject: WorkflowSubject, actor: Actor, language: AdminLanguage = 'en'): Verdict {
  const transition = transitions[action]
  if (transition.bySystem || actor === SYSTEM) {
    if (!transition.bySystem || actor !== SYSTEM) {
      return { allowed: false, status: 403, rule: `workflow.${action}: ${transition.bySystem ? 'the system only' : 'people only'}`, message: `"${action}" is ${transition.bySystem ? 'done by the newsroom itself, never by a person' : 'done by a person, never by the system'}.` }
    }
    if (!transition.from.includes(subject.state)) {
      return { allowed: false, status: 409, rule: `workflow.${action}: from ${transition.from.join(', ')}`, message: `"${action}" needs a document that is ${transition.from.join(' or ')}, not ${subject.state}.` }
    }
    return { allowed: true }
  }
  const person = action as WorkflowAction
  if (!transition.from.includes(subject.state)) {
    return {
      allowed: false,
      status: 409,
      rule: `workflow.${action}: from ${transition.from.join(', ')}`,
      message: refusals.wrongState(language, person, subject.state, transition.from),
    }
  }
  if (!actor?.role || !transition.roles.includes(actor.role)) {
    return {
      allowed: false,
      status: 403,
      rule: `workflow.${action}: ${transition.roles.join(', ')}`,
      message: refusals.wrongRole(language, person, transition.roles),
    }
  }
  if (transition.fourEyes && subject.submittedBy != null && String(subject.submittedBy) === String(actor.id)) {
    return {
      allowed: false,
      status: 403,
      rule: `workflow.${action}: four eyes`,
      message: refusals.fourEyes(language, person),
    }
  }
  return { allowed: true }
}

/** The actions this user may fire now, for the document's sidebar. */
export const availableActions = (subject: WorkflowSubject, actor: Actor): WorkflowAction[] =>
  workflowActions.filter((action) => judgeTransition(action, subject, actor).allowed)
