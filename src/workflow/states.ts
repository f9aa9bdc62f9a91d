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

export type Transition = {
  from: readonly WorkflowState[]
  to: WorkflowState
  roles: readonly Role[]
  /** Whoever submitted the document may not fire it. */
  fourEyes?: boolean
  needs?: ReadonlyArray<'comment' | 'reason' | 'publishAt' | 'withdrawal'>
  /** The document goes live (its embedded quotes must then be approved). */
  publishes?: boolean
}

const { editors, writers } = roleGroups

export const transitions: Record<WorkflowAction, Transition> = {
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
}

export type WorkflowSubject = { state: WorkflowState; submittedBy?: number | string | null }
export type Actor = { id: number | string; role?: Role | null } | null | undefined

export type Verdict = { allowed: true } | { allowed: false; status: 403 | 409; rule: string; message: string }

/** May this user fire this action on a document in this state? The reason is given when not. */
export function judgeTransition(action: WorkflowAction, subject: WorkflowSubject, actor: Actor, language: AdminLanguage = 'en'): Verdict {
  const transition = transitions[action]
  if (!transition.from.includes(subject.state)) {
    return {
      allowed: false,
      status: 409,
      rule: `workflow.${action}: from ${transition.from.join(', ')}`,
      message: refusals.wrongState(language, action, subject.state, transition.from),
    }
  }
  if (!actor?.role || !transition.roles.includes(actor.role)) {
    return {
      allowed: false,
      status: 403,
      rule: `workflow.${action}: ${transition.roles.join(', ')}`,
      message: refusals.wrongRole(language, action, transition.roles),
    }
  }
  if (transition.fourEyes && subject.submittedBy != null && String(subject.submittedBy) === String(actor.id)) {
    return {
      allowed: false,
      status: 403,
      rule: `workflow.${action}: four eyes`,
      message: refusals.fourEyes(language, action),
    }
  }
  return { allowed: true }
}

/** The actions this user may fire now, for the document's sidebar. */
export const availableActions = (subject: WorkflowSubject, actor: Actor): WorkflowAction[] =>
  workflowActions.filter((action) => judgeTransition(action, subject, actor).allowed)
