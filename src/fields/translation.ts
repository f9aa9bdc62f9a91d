import type { Field } from 'payload'
import { staffOnlyField } from '../access/permissions'
import { translationState } from '../hooks/translation/trackTranslation'

export const translationStatuses = [
  { value: 'missing', label: { en: 'Missing', fr: 'Manquante', ar: 'غير موجودة' } },
  { value: 'in-progress', label: { en: 'In progress', fr: 'En cours', ar: 'قيد الإنجاز' } },
  { value: 'in-review', label: { en: 'In review', fr: 'En relecture', ar: 'قيد المراجعة' } },
  { value: 'done', label: { en: 'Done', fr: 'Terminée', ar: 'منجزة' } },
]

/** Per locale: the translator's status; `translationState` adds "outdated" when the source changed since. */
export const translationFields = (): Field[] => [
  {
    name: 'translation',
    type: 'group',
    localized: true,
    label: { en: 'Translation', fr: 'Traduction', ar: 'الترجمة' },
    access: { read: staffOnlyField },
    admin: { position: 'sidebar' },
    fields: [
      { name: 'status', type: 'select', options: translationStatuses, label: { en: 'Status in this locale', fr: 'État dans cette langue', ar: 'الحالة في هذه اللغة' } },
      { name: 'fingerprintAtDone', type: 'text', admin: { hidden: true } },
      { name: 'doneAt', type: 'date', admin: { readOnly: true } },
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
  { name: 'sourceFingerprint', type: 'text', access: { read: staffOnlyField }, admin: { hidden: true } },
]
