import type { Field } from 'payload'
import { staffOnlyField } from '../access/permissions'
import { localeCodes } from '../localization'
import { translationState } from '../hooks/translation/trackTranslation'
import { startsEmpty } from './duplicate'
import { translationStateLabels } from '../workflow/words'
import { TYPED_TRANSLATION_STATES } from '../translation/fingerprint'

export const translationStatuses = TYPED_TRANSLATION_STATES.map((value) => ({
  value,
  label: translationStateLabels[value] as Record<string, string>,
}))

/** Per locale: the translator's status; `translationState` adds "outdated" when the source changed since. */
export const translationFields = (): Field[] => [
  {
    name: 'translation',
    type: 'group',
    localized: true,
    label: { en: 'Translation', fr: 'Traduction', ar: 'الترجمة' },
    access: { read: staffOnlyField },
    hooks: { beforeDuplicate: [startsEmpty({})] },
    admin: { position: 'sidebar' },
    fields: [
      { name: 'status', type: 'select', options: translationStatuses, label: { en: 'Status in this locale', fr: 'État dans cette langue', ar: 'الحالة في هذه اللغة' } },
      { name: 'fingerprintAtDone', type: 'text', admin: { hidden: true } },
      { name: 'doneAt', type: 'date', label: { en: 'Done on', fr: 'Terminée le', ar: 'أُنجزت في' }, admin: { readOnly: true } },
    ],
  },
  {
    name: 'translationState',
    type: 'text',
    virtual: true,
    access: { read: staffOnlyField },
    admin: { hidden: true },
    hooks: { afterRead: [translationState] },
  },
  { name: 'sourceFingerprint', type: 'text', access: { read: staffOnlyField }, hooks: { beforeDuplicate: [startsEmpty()] }, admin: { hidden: true } },
]

/**
 * Per-locale publication of editorial documents: the locales a published document is live in (recorded when it is
 * published), and, on every read, which locale was asked for and which one was served.
 */
export const localePublicationFields = (): Field[] => [
  {
    name: 'liveLocales',
    type: 'select',
    hasMany: true,
    options: localeCodes.map((code) => ({ label: code, value: code })),
    label: { en: 'Published in', fr: 'Publié en', ar: 'منشور باللغات' },
    hooks: { beforeDuplicate: [startsEmpty([])] },
    admin: { position: 'sidebar', readOnly: true, description: { en: 'French, and each translation that was done when the document was last published.', fr: 'Le français, et chaque traduction terminée lors de la dernière publication.', ar: 'الفرنسية وكل ترجمة منجزة عند آخر نشر.' } },
  },
  {
    name: 'localeServed',
    type: 'json',
    virtual: true,
    admin: { hidden: true },
  },
]
