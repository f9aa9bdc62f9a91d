import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { isStaff } from '../src/access/roles'
import { onlyRevocation } from '../src/preview/revocation'

/**
 * Every preview link handed out: which draft, in which language, until when, by whom. A link works only while its
 * entry here exists and is not revoked, so staff can take back a link sent to the wrong person.
 */
export const PreviewLinks: CollectionConfig = {
  slug: 'preview-links',
  labels: {
    singular: { en: 'Preview link', fr: 'Lien d’aperçu', ar: 'رابط معاينة' },
    plural: { en: 'Preview links', fr: 'Liens d’aperçu', ar: 'روابط المعاينة' },
  },
  access: accessFor('preview-links'),
  admin: {
    useAsTitle: 'documentId',
    defaultColumns: ['targetCollection', 'documentId', 'locale', 'expiresAt', 'createdBy', 'revokedAt'],
    group: { en: 'Newsroom', fr: 'Rédaction', ar: 'التحرير' },
    hidden: ({ user }) => !isStaff(user),
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  fields: [
    { name: 'targetCollection', type: 'text', required: true, index: true, label: { en: 'Collection', fr: 'Collection', ar: 'المجموعة' }, admin: { readOnly: true } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { en: 'Document', fr: 'Document', ar: 'الوثيقة' }, admin: { readOnly: true } },
    { name: 'locale', type: 'text', required: true, label: { en: 'Language', fr: 'Langue', ar: 'اللغة' }, admin: { readOnly: true } },
    { name: 'expiresAt', type: 'date', required: true, label: { en: 'Expires at', fr: 'Expire le', ar: 'ينتهي في' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', label: { en: 'Created by', fr: 'Créé par', ar: 'أنشأه' }, admin: { readOnly: true } },
    {
      name: 'revokedAt',
      type: 'date',
      label: { en: 'Revoked at', fr: 'Révoqué le', ar: 'أُلغي في' },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: { en: 'Set a time to revoke the link: it stops working at once.', fr: 'Indiquez une date pour révoquer le lien : il cesse aussitôt de fonctionner.', ar: 'حدد تاريخًا لإلغاء الرابط: يتوقف فورًا عن العمل.' },
      },
    },
  ],
  hooks: { beforeChange: [onlyRevocation] },
}
