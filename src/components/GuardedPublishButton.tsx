'use client'
import { PublishButton, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { inGroup } from '../access/roles'
import { refusals } from '../workflow/words'
import { useAdminLanguage } from './useAdminLanguage'
import { idText } from '../ids'

/**
 * Payload's publish button, shown only to editors of a live document (to publish a correction). Going live is a
 * workflow transition, offered in the editorial panel to whoever may fire it; a button that can only fail is not
 * shown. A major correction is published by an editor other than the one who wrote it: they are told so instead.
 */
export function GuardedPublishButton() {
  const language = useAdminLanguage()
  const { user } = useAuth()
  // The saved document (autosaves included): who the server holds as the corrector.
  const { data } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  const changeKind = useFormFields(([fields]) => fields.changeKind?.value)
  if (state !== 'published' || !inGroup(user, 'editors')) return null
  const corrector = idText((data as { editorial?: { correctedBy?: unknown } } | undefined)?.editorial?.correctedBy)
  if (changeKind === 'major' && user && corrector === String(user.id)) {
    return (
      <p data-four-eyes-correction style={{ margin: 0, maxWidth: 360, fontSize: 13, lineHeight: 1.3 }}>
        {refusals.majorCorrectionFourEyes[language]}
      </p>
    )
  }
  return <PublishButton />
}

/** Unpublishing is a workflow transition (the panel's "Unpublish"), never Payload's bare status switch. */
export function NoUnpublishButton() {
  return null
}
