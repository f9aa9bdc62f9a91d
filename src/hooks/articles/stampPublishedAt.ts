import type { CollectionBeforeChangeHook } from 'payload'
import type { Article } from '../../payload-types'

/** A first publication without a date is dated now; a date set by the editor is kept. */
export const stampPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status !== 'published' || data.publishedAt || originalDoc?.publishedAt) return data
  return { ...data, publishedAt: new Date().toISOString() }
}
