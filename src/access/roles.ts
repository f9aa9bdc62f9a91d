import type { User } from '../payload-types'

/** The newsroom's staff roles, from most to least powerful. */
export const roles = ['admin', 'editor', 'author', 'translator'] as const
export type Role = (typeof roles)[number]

export const roleOptions = [
  { label: { en: 'Administrator', fr: 'Administrateur', ar: 'مسؤول النظام' }, value: 'admin' },
  { label: { en: 'Editor', fr: 'Rédacteur en chef', ar: 'محرر' }, value: 'editor' },
  { label: { en: 'Author', fr: 'Auteur', ar: 'كاتب' }, value: 'author' },
  { label: { en: 'Translator', fr: 'Traducteur', ar: 'مترجم' }, value: 'translator' },
] satisfies { label: Record<string, string>; value: Role }[]

/**
 * The newsroom's groups of roles, declared once and used everywhere (the permission matrix, the workflow table,
 * staff checks, screens): who works here, who writes, who edits.
 */
export const roleGroups = {
  staff: roles,
  writers: ['admin', 'editor', 'author'],
  editors: ['admin', 'editor'],
} as const satisfies Record<string, readonly Role[]>
export type RoleGroup = keyof typeof roleGroups

export type StaffUser = Pick<User, 'id' | 'role'> & { collection?: string }

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (roles as readonly string[]).includes(value)

export const roleOf = (user: unknown): Role | undefined => {
  const role = (user as StaffUser | null | undefined)?.role
  return isRole(role) ? role : undefined
}

export const isAdmin = (user: unknown): boolean => roleOf(user) === 'admin'

/** Whether the user's role belongs to a group of roles. */
export const inGroup = (user: unknown, group: RoleGroup): boolean => (roleGroups[group] as readonly string[]).includes(roleOf(user) ?? '')
export const isStaff = (user: unknown): boolean => roleOf(user) !== undefined
