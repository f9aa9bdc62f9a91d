import type { TextField } from 'payload'
import { httpUrl } from '../validation/text'

type UrlFieldOptions = { name: string; label: Record<string, string>; required?: boolean; localized?: boolean }

/** A web address, checked to be absolute http(s) on every path. */
export const urlField = ({ name, label, required, localized }: UrlFieldOptions): TextField => ({
  name,
  type: 'text',
  label,
  required,
  localized,
  validate: (value, options) => {
    if (required && !value) return options.req.t('validation:required')
    return httpUrl(value)
  },
  admin: { placeholder: 'https://' },
})
