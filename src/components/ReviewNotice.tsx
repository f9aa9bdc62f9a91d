'use client'
import { useFormFields } from '@payloadcms/ui'
import { panelWords } from '../workflow/words'
import { useAdminLanguage } from './useAdminLanguage'

/**
 * At the top of a document sent back by a reviewer: what must change, until the author resubmits (the comment
 * stays in the document's audit history afterwards).
 */
export function ReviewNotice() {
  const language = useAdminLanguage()
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  const comment = useFormFields(([fields]) => fields['editorial.reviewComment']?.value)
  if (state !== 'draft' || typeof comment !== 'string' || !comment.trim()) return null
  return (
    <div
      data-review-notice
      role="status"
      style={{
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 2) var(--base)',
        borderInlineStart: '4px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-100)',
      }}
    >
      <strong>{panelWords.sentBack[language]}</strong>
      <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{comment}</p>
    </div>
  )
}
