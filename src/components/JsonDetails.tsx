'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

/** A read-only JSON value as indented text: nothing to load, nothing to edit. */
export const JsonDetails: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  return (
    <div className="field-type json-details" data-json-details style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} />
      <pre dir="ltr" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', padding: 12, background: 'var(--theme-elevation-50)', margin: 0 }}>
        {value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  )
}
