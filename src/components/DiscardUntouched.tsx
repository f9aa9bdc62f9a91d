'use client'
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * Payload creates a draft as soon as "Create" is clicked. When the person leaves that draft without writing a
 * word (to another page of the admin), it is discarded; the server keeps it if anything was saved after all.
 */
export function DiscardUntouched() {
  const { id, collectionSlug, initialData } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const everModified = useRef(false)
  if (modified) everModified.current = true
  // A hint only (Payload stamps the two times a millisecond apart); the server judges by the stored versions.
  const createdUntouched = !initialData?.title && Math.abs(Date.parse(initialData?.updatedAt) - Date.parse(initialData?.createdAt)) < 1000

  useEffect(() => {
    if (!id || !collectionSlug || !createdUntouched) return
    const documentPath = window.location.pathname
    return () => {
      // After the navigation that unmounted the form: a change of content locale stays on the same document.
      setTimeout(() => {
        if (everModified.current || window.location.pathname === documentPath) return
        void fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/discard`, { method: 'POST', credentials: 'include', keepalive: true }).catch(() => undefined)
      }, 0)
    }
  }, [id, collectionSlug, createdUntouched, config.serverURL, config.routes.api])
  return null
}
