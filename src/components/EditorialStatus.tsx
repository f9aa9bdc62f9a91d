'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { WorkflowState } from '../workflow/states'
import { panelWords, stateLabels } from '../workflow/words'
import { useAdminLanguage } from './useAdminLanguage'
import { useTransitions } from './WorkflowPanel'

const pending = { en: 'unpublished changes', fr: 'modifications non publiées', ar: 'تعديلات غير منشورة' }
const status = { en: 'Status', fr: 'Statut', ar: 'الحالة' }

/**
 * The document header's status: the editorial state (one state, the one the lists show), its time when scheduled,
 * and whether a live document has changes not yet published. Payload's own draft/published status would say
 * "draft" for a scheduled document and "published" for a withdrawn one.
 */
export function EditorialStatus() {
  const language = useAdminLanguage()
  const { unpublishedVersionCount, hasPublishedDoc } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.workflowState?.value) as WorkflowState | undefined
  const scheduledForText = useTransitions()?.scheduledForText
  if (!state || !stateLabels[state]) return null
  return (
    <div className="status" data-editorial-status={state}>
      <div className="status__value-wrapper">
        <span className="status__label">{status[language]} : </span>
        <span className="status__value">
          {stateLabels[state][language]}
          {state === 'scheduled' && scheduledForText ? ` · ${panelWords.scheduledFor[language]} ${scheduledForText}` : ''}
          {state === 'published' && hasPublishedDoc && unpublishedVersionCount > 0 ? ` · ${pending[language]}` : ''}
        </span>
      </div>
    </div>
  )
}
