import type { FieldHook } from 'payload'
import { localeCodes } from '../localization'

/**
 * What a copy starts without: a duplicate is a new draft, so the original's review trail, publication, live
 * locales and translation bookkeeping stay with the original. (Payload keeps a field's value when a
 * `beforeDuplicate` hook returns undefined, so each of these returns an explicit empty value.)
 */
export const startsEmpty =
  (empty: unknown = null): FieldHook =>
  () =>
    structuredClone(empty)

const COPY_SUFFIX = 'copie'
const MAX_COPIES = 50

/** A copy's slug: the original's with "-copie" (then "-copie-2", …), free in every locale. */
export const copySlug: FieldHook = async ({ value, collection, req }) => {
  if (typeof value !== 'string' || !value || !collection) return null
  for (let copy = 1; copy <= MAX_COPIES; copy++) {
    const candidate = copy === 1 ? `${value}-${COPY_SUFFIX}` : `${value}-${COPY_SUFFIX}-${copy}`
    const taken = await req.payload.count({
      collection: collection.slug as 'articles',
      where: { or: localeCodes.map((locale) => ({ [`slug.${locale}`]: { equals: candidate } })) },
      req,
      overrideAccess: true,
    })
    if (taken.totalDocs === 0) return candidate
  }
  return null
}
