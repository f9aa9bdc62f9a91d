import type { Access } from 'payload'
import { roleOf } from './roles'

/** Site-wide settings are read by every front end and changed by editors and admins only. */
export const readGlobal: Access = () => true
export const editGlobal: Access = ({ req }) => {
  const role = roleOf(req.user)
  return role === 'admin' || role === 'editor'
}
