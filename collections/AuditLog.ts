import type { CollectionConfig } from 'payload'
import { auditActionLabels, auditActions } from '../src/audit/record'
import { neverDeleted, onlyRecordedEntries } from '../src/hooks/audit/appendOnly'
import { accessFor, can } from '../src/access/permissions'

/** Who did what, when, to which document and locale. Written by the system only; never edited nor deleted. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { en: 'Audit entry', fr: "Entrée d'audit", ar: 'قيد تدقيق' },
    plural: { en: 'Audit trail', fr: "Journal d'audit", ar: 'سجل التدقيق' },
  },
  access: accessFor('audit-log'),
  admin: {
    useAsTitle: 'documentTitle',
    defaultColumns: ['createdAt', 'action', 'documentTitle', 'targetCollection', 'locale', 'user'],
    listSearchableFields: ['documentTitle', 'documentId', 'targetCollection'],
    group: { en: 'Administration', fr: 'Administration', ar: 'الإدارة' },
    hidden: ({ user }) => !can(user, 'audit-log', 'read'),
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  fields: [
    { name: 'action', type: 'select', required: true, index: true, label: { en: 'Action', fr: 'Action', ar: 'الإجراء' }, options: auditActions.map((value) => ({ value, label: auditActionLabels[value] })) },
    { name: 'targetCollection', type: 'text', required: true, index: true, label: { en: 'Collection', fr: 'Collection', ar: 'المجموعة' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { en: 'Document id', fr: 'Identifiant du document', ar: 'معرّف الوثيقة' } },
    { name: 'documentTitle', type: 'text', label: { en: 'Document', fr: 'Document', ar: 'الوثيقة' } },
    { name: 'locale', type: 'text', index: true, label: { en: 'Content language', fr: 'Langue du contenu', ar: 'لغة المحتوى' } },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { en: 'Who', fr: 'Qui', ar: 'من' } },
    // Shown as text: Payload's JSON editor would fetch its code from a CDN, and the admin loads nothing from outside.
    { name: 'details', type: 'json', label: { en: 'Details', fr: 'Détails', ar: 'التفاصيل' }, admin: { components: { Field: '/src/components/JsonDetails#JsonDetails' } } },
  ],
  hooks: {
    beforeChange: [onlyRecordedEntries],
    beforeDelete: [neverDeleted],
  },
}
