'use client'
import { useField } from '@payloadcms/ui'
import { useAdminLanguage } from './useAdminLanguage'

const words = { en: 'characters', fr: 'caractères', ar: 'حرفًا' }

/** "42 / 70 characters" under a text field with a length limit, red once over it. */
export function CharacterCount({ path, field }: { path: string; field: { maxLength?: number } }) {
  const { value } = useField<string>({ path })
  const language = useAdminLanguage()
  const length = typeof value === 'string' ? [...value].length : 0
  const limit = field.maxLength
  return (
    <div className="field-description" data-character-count={length} style={{ color: limit && length > limit ? 'var(--theme-error-500)' : undefined }}>
      {length}
      {limit ? ` / ${limit}` : ''} {words[language]}
    </div>
  )
}
