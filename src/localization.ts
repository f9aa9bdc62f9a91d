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
  // Payload's words that read wrong in a newsroom: its locale selector is about the content's language, and its
  // French hedges every noun's gender ("un(e) nouveau ou nouvelle").
  translations: {
    fr: {
      general: {
        locale: 'Langue du contenu',
        created: 'Créé',
        createdAt: 'Créé le',
        createNew: 'Créer',
        createNewLabel: 'Créer : {{label}}',
        creatingNewLabel: 'Création : {{label}}',
      },
      fields: {
        addNew: 'Ajouter',
        addNewLabel: 'Ajouter : {{label}}',
        chooseFromExisting: 'Choisir dans la bibliothèque',
        chooseLabel: 'Choisir : {{label}}',
        editLabelData: 'Modifier : {{label}}',
        uploadNewLabel: 'Téléverser : {{label}}',
      },
      localization: { copyToLocale: 'Copier vers une autre langue' },
    },
    ar: { general: { locale: 'لغة المحتوى' } },
    en: { general: { locale: 'Content language' } },
  },
}

/** Dates in the admin: day first, then month, as both French and Arabic readers write them. */
export const adminDateFormat = 'd MMMM yyyy, HH:mm'
