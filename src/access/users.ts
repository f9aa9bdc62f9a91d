import type { Access } from 'payload'
import { can } from './permissions'

/** Staff may edit their own account (name, password); admins may edit anyone's. */
export const updateSelfOrAdmin: Access = ({ req }) => {
  if (can(req.user, 'users', 'update')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
