import type { Access, FieldAccess } from 'payload'
import { type Role, roleOf } from './roles'

export type Action = 'create' | 'read' | 'update' | 'delete'

/** Who may do what: `public` means anyone, including anonymous front ends; otherwise the listed roles. */
export type Allowed = 'public' | readonly Role[]

const everyone: readonly Role[] = ['admin', 'editor', 'author', 'translator']

/**
 * The newsroom's permission matrix: one row per collection, one cell per action. Every access function is
 * derived from it, so a question like "may a translator delete media?" has exactly one answer, here.
 */
export const permissions = {
  users: { create: ['admin'], read: everyone, update: ['admin'], delete: ['admin'] },
  media: { create: everyone, read: 'public', update: ['admin', 'editor', 'author'], delete: ['admin', 'editor'] },
} as const satisfies Record<string, Record<Action, Allowed>>

export type GuardedCollection = keyof typeof permissions

/** Pure check, usable outside Payload (tests, UI): may this user do this action on this collection? */
export function can(user: unknown, collection: GuardedCollection, action: Action): boolean {
  const allowed: Allowed = permissions[collection][action]
  if (allowed === 'public') return true
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}

/** A Payload access function for one cell of the matrix. */
export const allow =
  (collection: GuardedCollection, action: Action): Access =>
  ({ req }) =>
    can(req.user, collection, action)

export const adminOnlyField: FieldAccess = ({ req }) => roleOf(req.user) === 'admin'
