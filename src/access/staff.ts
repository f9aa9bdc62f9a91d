import type { Access } from 'payload'
import { inGroup, isAdmin } from './roles'

/** Editors and admins: who changes published content and the site-wide settings. */
export const isEditorOrAdmin = (user: unknown): boolean => inGroup(user, 'editors')

/** For the site globals, which sit outside the collections' matrix. */
export const editorsAndAdmins: Access = ({ req }) => isEditorOrAdmin(req.user)
export const anyone: Access = () => true

/** Administrators only, for what sits outside the matrix: running or queueing jobs by hand. */
export const administratorsOnly = ({ req }: { req: { user?: unknown } }): boolean => isAdmin(req.user)
