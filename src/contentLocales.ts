/** The languages the newsroom publishes in (plain data, safe for client components). French is the newsroom's working language. */
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
