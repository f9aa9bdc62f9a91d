'use client'
import { PublishButton, useAuth, useFormFields } from '@payloadcms/ui'

/**
 * Payload's publish button, shown only to editors of a live document (to publish a correction). Going live is a
 * workflow transition, offered in the editorial panel to whoever may fire it; a button that can only fail is not shown.
 */
export function GuardedPublishButton() {
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  const role = (user as { role?: string } | null)?.role
  return state === 'published' && (role === 'admin' || role === 'editor') ? <PublishButton /> : null
}

/** Unpublishing is a workflow transition (the panel's "Unpublish"), never Payload's bare status switch. */
export function NoUnpublishButton() {
  return null
}
