import type { Access } from 'payload'
import { roleOf } from './roles'

/** Editors and admins: who changes published content and the site-wide settings. */
export const isEditorOrAdmin = (user: unknown): boolean => ['admin', 'editor'].includes(roleOf(user) ?? '')

/** For the site globals, which sit outside the collections' matrix. */
export const editorsAndAdmins: Access = ({ req }) => isEditorOrAdmin(req.user)
export const anyone: Access = () => true
