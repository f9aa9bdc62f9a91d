import type { CollectionBeforeChangeHook } from 'payload'
import type { Article } from '../../payload-types'
import { embeddedReferences, plainText, readingMinutes, type RichText } from '../../richText/walk'

/**
 * Keeps what is derived from the body (in the locale being saved) next to it: the reading time, and the quotes,
 * organisations and events its blocks show, so that those documents can find the articles that use them.
 */
export const deriveFromBody: CollectionBeforeChangeHook<Article> = ({ data }) => {
  if (data.body === undefined) return data
  const body = data.body as RichText
  const references = embeddedReferences(body)
  return {
    ...data,
    readingTime: readingMinutes(plainText(body)),
    embeddedQuotes: references.quotes as number[],
    embeddedOrganisations: references.organisations as number[],
    embeddedEvents: references.events as number[],
  }
}
