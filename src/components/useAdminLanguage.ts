'use client'
import { useTranslation } from '@payloadcms/ui'
import { type AdminLanguage, isAdminLanguage } from '../workflow/words'

/** The language of the signed-in person's admin (fr, ar or en), for the newsroom's own words. */
export const useAdminLanguage = (): AdminLanguage => {
  const { i18n } = useTranslation()
  return isAdminLanguage(i18n.language) ? i18n.language : 'en'
}
