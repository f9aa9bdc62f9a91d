import { APIError, type CollectionBeforeChangeHook, type CollectionSlug, ValidationError } from 'payload'
import { isEditorOrAdmin } from '../../access/staff'
import { assertQuotesApproved } from '../../workflow/publishable'
import { PUBLICLY_VISIBLE_STATES, type WorkflowState } from '../../workflow/states'
import { refusals, requestLanguage } from '../../workflow/words'
import { idText } from '../../ids'

type ChangeRecord = { at: string; note?: string | null }
type Guarded = {
  id: number | string
  _status?: 'draft' | 'published' | null
  workflowState?: WorkflowState | null
  changeKind?: 'minor' | 'major' | null
  changeNote?: string | null
  changeHistory?: ChangeRecord[] | null
  editorial?: { correctedBy?: number | string | { id: number | string } | null } | null
}


/**
 * The one gate in front of publication. Going live happens only through a workflow transition (or the seed);
 * a plain save may publish only changes to content that is already live, by an editor, saying whether the change
 * is minor or major, a major one with a public change note appended to the change history. "Live" is the editorial
 * state, not `_status`: the admin autosaves edits of a live document as a draft version, and the correction made
 * there is still a correction of live content.
 */
export const guardPublication: CollectionBeforeChangeHook<Guarded> = async ({ collection, context, data, originalDoc, req }) => {
  if (context.workflowTransition || context.seeding || !req.user) return data
  if (data._status !== 'published') return data
  const language = requestLanguage(req.headers)
  if (!originalDoc?.workflowState || !PUBLICLY_VISIBLE_STATES.includes(originalDoc.workflowState)) {
    throw new APIError(
      refusals.publishThroughWorkflow[language],
      403,
      { rule: 'workflow: publish through transitions' },
      true,
    )
  }
  if (!isEditorOrAdmin(req.user)) {
    throw new APIError(
      refusals.liveByEditorsOnly[language],
      403,
      { rule: 'workflow: edit live content: admin, editor' },
      true,
    )
  }
  if (!data.changeKind) {
    throw new ValidationError({ errors: [{ path: 'changeKind', message: refusals.changeKind[language] }] })
  }
  if (data.changeKind === 'major' && !data.changeNote?.trim()) {
    throw new ValidationError({ errors: [{ path: 'changeNote', message: refusals.changeNote[language] }] })
  }
  // Four eyes on what changes the facts: whoever last changed the text does not publish a major correction alone.
  const corrector = idText(data.editorial?.correctedBy ?? originalDoc.editorial?.correctedBy)
  if (data.changeKind === 'major' && corrector === String(req.user.id)) {
    throw new APIError(refusals.majorCorrectionFourEyes[language], 403, { rule: 'workflow: four eyes on major corrections' }, true)
  }
  await assertQuotesApproved(req, collection.slug as CollectionSlug, data as Record<string, unknown>)
  const history =
    data.changeKind === 'major'
      ? [...(originalDoc?.changeHistory ?? []), { at: new Date().toISOString(), note: data.changeNote }]
      : originalDoc?.changeHistory
  return { ...data, changeHistory: history, changeKind: null, changeNote: null, editorial: { ...(originalDoc.editorial ?? {}), ...(data.editorial ?? {}), correctedBy: null } }
}
