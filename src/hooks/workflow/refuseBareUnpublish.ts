import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { PUBLICLY_VISIBLE_STATES, type WorkflowState } from '../../workflow/states'
import { requestLanguage } from '../../workflow/words'
import { requestCopy } from '../../requestCopy'

const words = {
  en: 'Unpublishing goes through the editorial workflow ("Unpublish" or "Withdraw" in the document\'s panel), so that the editorial state, readers and the audit trail agree.',
  fr: 'La dépublication passe par le circuit éditorial (« Dépublier » ou « Retirer » dans le panneau du document), pour que l’état éditorial, les lecteurs et le journal d’audit concordent.',
  ar: 'يمر إلغاء النشر عبر المسار التحريري («إلغاء النشر» أو «سحب» في لوحة الوثيقة)، حتى تتطابق الحالة التحريرية وما يراه القراء وسجل التدقيق.',
}

/**
 * A save that is not a draft and sets `_status: 'draft'` on a live document would take it away from readers while
 * the workflow still calls it published, with no audit entry: Payload's bare unpublish. Only the workflow may.
 */
export const refuseBareUnpublish: CollectionBeforeOperationHook = async ({ args, collection, context, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return
  const { data, draft, id } = args as { data?: { _status?: string }; draft?: boolean; id?: number | string }
  if (draft || data?._status !== 'draft' || context?.workflowTransition || context?.seeding || !req.user) return
  const live = async (documentId: number | string) => {
    const doc = (await req.payload.findByID({
      collection: collection.slug as 'articles',
      id: documentId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { workflowState: true },
      req: requestCopy(req),
    })) as { workflowState?: WorkflowState } | null
    return Boolean(doc?.workflowState && PUBLICLY_VISIBLE_STATES.includes(doc.workflowState))
  }
  if (id !== undefined && !(await live(id))) return
  throw new APIError(words[requestLanguage(req.headers)], 403, { rule: 'workflow: unpublish through transitions' }, true)
}
