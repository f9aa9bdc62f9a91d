import type { Access, Where } from 'payload'
import { can } from './permissions'
import { roleOf } from './roles'

/**
 * Editors and admins edit any article; authors their own, while still a draft; translators any (the locales
 * and fields they may write are the translation rules' business).
 */
export const updateArticle: Access = ({ req }) => {
  if (roleOf(req.user) !== 'author') return can(req.user, 'articles', 'update')
  if (req.user) {
    const ownDraft: Where = { and: [{ authors: { contains: req.user.id } }, { workflowState: { equals: 'draft' } }] }
    return ownDraft
  }
  return false
}
