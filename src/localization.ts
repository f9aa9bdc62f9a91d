import type { Config, LocalizationConfig } from 'payload'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'

export { contentLocales, type ContentLocale, defaultLocale, localeCodes, isContentLocale } from './contentLocales'
import { contentLocales, defaultLocale } from './contentLocales'

export const localization: LocalizationConfig = {
  defaultLocale,
  fallback: true,
  locales: contentLocales.map((locale) => ({ ...locale })),
}

/** Languages of the admin interface itself (buttons, menus), separate from content locales. */
export const adminInterface: NonNullable<Config['i18n']> = {
  fallbackLanguage: 'fr',
  supportedLanguages: { ar, en, fr },
}
