import { APIError, type CollectionBeforeChangeHook, type CollectionSlug, ValidationError } from 'payload'
import { isEditorOrAdmin } from '../../access/staff'
import { assertQuotesApproved } from '../../workflow/publishable'

type ChangeRecord = { at: string; note?: string | null }
type Guarded = {
  id: number | string
  _status?: 'draft' | 'published' | null
  changeKind?: 'minor' | 'major' | null
  changeNote?: string | null
  changeHistory?: ChangeRecord[] | null
}

/**
 * The one gate in front of publication. Going live happens only through a workflow transition (or the seed);
 * a plain save may publish only changes to content that is already live, by an editor, saying whether the change
 * is minor or major, a major one with a public change note appended to the change history.
 */
export const guardPublication: CollectionBeforeChangeHook<Guarded> = async ({ collection, context, data, originalDoc, req }) => {
  if (context.workflowTransition || context.seeding || !req.user) return data
  if (data._status !== 'published') return data
  if (originalDoc?._status !== 'published') {
    throw new APIError(
      'Publishing goes through the editorial workflow: submit the document, have a second editor approve it, then publish it.',
      403,
      { rule: 'workflow: publish through transitions' },
      true,
    )
  }
  if (!isEditorOrAdmin(req.user)) {
    throw new APIError(
      'Only editors change published content; save your changes as a draft for an editor.',
      403,
      { rule: 'workflow: edit live content: admin, editor' },
      true,
    )
  }
  if (!data.changeKind) {
    throw new ValidationError({ errors: [{ path: 'changeKind', message: 'Say whether this change to published content is minor or major.' }] })
  }
  if (data.changeKind === 'major' && !data.changeNote?.trim()) {
    throw new ValidationError({ errors: [{ path: 'changeNote', message: 'A major change needs a public change note for readers.' }] })
  }
  await assertQuotesApproved(req, collection.slug as CollectionSlug, data as Record<string, unknown>)
  const history =
    data.changeKind === 'major'
      ? [...(originalDoc?.changeHistory ?? []), { at: new Date().toISOString(), note: data.changeNote }]
      : originalDoc?.changeHistory
  return { ...data, changeHistory: history, changeKind: null, changeNote: null }
}
