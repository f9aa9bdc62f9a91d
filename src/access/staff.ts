import type { Access } from 'payload'
import { roleOf } from './roles'

/** For what sits outside the content matrix: site settings, releases, the audit trail, webhooks. */
export const isEditorOrAdmin = (user: unknown): boolean => ['admin', 'editor'].includes(roleOf(user) ?? '')

export const editorsAndAdmins: Access = ({ req }) => isEditorOrAdmin(req.user)
export const adminsOnly: Access = ({ req }) => roleOf(req.user) === 'admin'
export const anyone: Access = () => true
export const nobody: Access = () => false
