'use client'
import { PublishButton, useFormFields } from '@payloadcms/ui'

/**
 * Payload's publish button, shown only once a document is live (to publish changes to it). Before that, going
 * live is a workflow transition, offered in the editorial panel to whoever may fire it.
 */
export function GuardedPublishButton() {
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  return state === 'published' ? <PublishButton /> : null
}
