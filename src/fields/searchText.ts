import type { TextareaField } from 'payload'

/** Normalised words of the document, per locale, kept for search; never sent to readers. */
export const searchTextField: TextareaField = {
  name: 'searchText',
  type: 'textarea',
  localized: true,
  hidden: true,
}
