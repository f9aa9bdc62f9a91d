import type { FieldHook } from 'payload'
import type { Quote } from '../../payload-types'

/** True when the text returned is a translation: the reader's locale is not the one the words were said in. */
export const markTranslation: FieldHook<Quote> = ({ data, req }) => {
  const locale = req.locale
  if (!locale || locale === 'all' || !data?.originalLocale) return false
  return locale !== data.originalLocale
}
