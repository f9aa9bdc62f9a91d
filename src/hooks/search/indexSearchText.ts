import type { CollectionBeforeChangeHook } from 'payload'
import { plainText, type RichText } from '../../richText/walk'
import { normalizeForSearch } from '../../search/normalize'

/** The fields whose words a reader searches, per collection; rich text is read as plain text. */
const SEARCHED: Record<string, string[]> = {
  articles: ['title', 'standfirst', 'body', 'tags'],
  'launch-events': ['title', 'summary', 'body'],
  quotes: ['text'],
}

const textOf = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.filter((entry) => typeof entry === 'string').join(' ')
  if (value && typeof value === 'object' && 'root' in value) return plainText(value as RichText)
  return ''
}

/** Keeps a normalised copy of the searchable words, in the locale being saved, for the search endpoint. */
export const indexSearchText: CollectionBeforeChangeHook = ({ collection, data, originalDoc }) => {
  const fields = SEARCHED[collection.slug] ?? []
  const words = fields.map((field) => textOf(field in data ? data[field] : originalDoc?.[field])).join(' ')
  return { ...data, searchText: normalizeForSearch(words) }
}
