import type { Config, LocalizationConfig } from 'payload'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'

/** The languages the newsroom publishes in. French is the newsroom's working language. */
export const contentLocales = [
  { code: 'fr', label: 'Français' },
  { code: 'ar', label: 'العربية', rtl: true },
  { code: 'en', label: 'English' },
  { code: 'zgh', label: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' },
] as const

export type ContentLocale = (typeof contentLocales)[number]['code']

export const defaultLocale: ContentLocale = 'fr'

export const localeCodes: ContentLocale[] = contentLocales.map((locale) => locale.code)

export const isContentLocale = (value: unknown): value is ContentLocale =>
  typeof value === 'string' && (localeCodes as string[]).includes(value)

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
