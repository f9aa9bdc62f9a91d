import type { Access, FieldAccess, Where } from 'payload'
import { previewedId } from '../preview/context'
import { type Role, roleGroups, roleOf } from './roles'

export type Action = 'create' | 'read' | 'update' | 'delete'

/** Who may do what: `public` means anyone, including anonymous front ends; otherwise the listed roles. */
export type Allowed = 'public' | readonly Role[]

const { staff, writers, editors } = roleGroups

/**
 * The newsroom's permission matrix: one row per collection, one cell per action. Every access function is
 * derived from it, so a question like "may a translator delete media?" has exactly one answer, here.
 * Translators edit content too: which fields and locales they may write is enforced by the translation rules.
 */
export const permissions = {
  // Staff join by invitation (POST /api/users/invite, administrators) and choose their own password; the first
  // account registers itself. Nobody creates an account with a password chosen for someone else.
  users: { create: [], read: staff, update: ['admin'], delete: ['admin'] },
  media: { create: writers, read: 'public', update: writers, delete: editors },
  logos: { create: writers, read: 'public', update: writers, delete: editors },
  articles: { create: writers, read: 'public', update: staff, delete: editors },
  'launch-events': { create: writers, read: 'public', update: staff, delete: editors },
  sections: { create: editors, read: 'public', update: editors, delete: editors },
  organisations: { create: writers, read: 'public', update: staff, delete: editors },
  officials: { create: writers, read: 'public', update: staff, delete: editors },
  appointments: { create: writers, read: 'public', update: writers, delete: editors },
  quotes: { create: writers, read: 'public', update: staff, delete: editors },
  releases: { create: editors, read: editors, update: editors, delete: editors },
  // Issued by the preview-link endpoint; staff see and revoke them (revoking is an update of `revokedAt`).
  'preview-links': { create: [], read: staff, update: staff, delete: editors },
  // Written by the system only (audit hooks, the webhook job): no role creates, changes or deletes entries.
  'audit-log': { create: [], read: editors, update: [], delete: [] },
  'webhook-subscriptions': { create: ['admin'], read: ['admin'], update: ['admin'], delete: ['admin'] },
  'webhook-deliveries': { create: [], read: ['admin'], update: [], delete: [] },
} as const satisfies Record<string, Record<Action, Allowed>>

export type GuardedCollection = keyof typeof permissions

/** What an anonymous reader may see of a publicly readable collection: only what is public in it. */
export const publicReadFilter: Partial<Record<GuardedCollection, Where>> = {
  articles: { _status: { equals: 'published' } },
  'launch-events': { _status: { equals: 'published' } },
  quotes: { approvalStatus: { equals: 'approved' } },
}

/** What readers browse (lists, search, feeds, sitemaps): published, and not withdrawn (a withdrawn document is
 * still readable by slug or id, with its notice). For system reads that state their own filter. */
export const listedForReaders: Where = { and: [{ _status: { equals: 'published' } }, { workflowState: { not_equals: 'withdrawn' } }] }

/** Pure check, usable outside Payload (tests, UI): may this user do this action on this collection at all? */
export function can(user: unknown, collection: GuardedCollection, action: Action): boolean {
  const allowed: Allowed = permissions[collection][action]
  if (allowed === 'public') return true
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}

/**
 * A Payload access function for one cell of the matrix; anonymous reads are narrowed to public documents, plus the
 * one draft a valid preview link is being served for.
 */
export const allow =
  (collection: GuardedCollection, action: Action): Access =>
  ({ req }) => {
    if (!can(req.user, collection, action)) return false
    if (action !== 'read' || roleOf(req.user)) return true
    const filter = publicReadFilter[collection]
    const previewed = previewedId(req.context, collection)
    if (filter && previewed !== undefined) return { or: [filter, { id: { equals: previewed } }] }
    return filter ?? true
  }

/** The four access functions of a collection, straight from its row of the matrix. */
export const accessFor = (collection: GuardedCollection) => ({
  create: allow(collection, 'create'),
  read: allow(collection, 'read'),
  update: allow(collection, 'update'),
  delete: allow(collection, 'delete'),
})

export const adminOnlyField: FieldAccess = ({ req }) => roleOf(req.user) === 'admin'
export const staffOnlyField: FieldAccess = ({ req }) => roleOf(req.user) !== undefined
