import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { proseEditor, richTextField } from '../src/fields/richText'
import { slugField } from '../src/fields/slug'
import { refuseDeleteWhileUsed } from '../src/hooks/refuseDeleteWhileUsed'
import { auditChanges, auditDeletion } from '../src/hooks/audit/auditChanges'
import { explainRefusal } from '../src/hooks/explainRefusal'
import { restrictTranslators } from '../src/hooks/translation/restrictTranslators'
import { jsonLdEndpoint } from '../src/delivery/jsonLd'

/** People who speak for institutions. Their roles over the years are appointments, a collection of their own. */
export const Officials: CollectionConfig = {
  slug: 'officials',
  labels: {
    singular: { en: 'Official', fr: 'Personnalité officielle', ar: 'مسؤول' },
    plural: { en: 'Officials', fr: 'Personnalités officielles', ar: 'المسؤولون' },
  },
  access: accessFor('officials'),
  defaultPopulate: { fullName: true, honorific: true, slug: true, portrait: true },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'honorific', 'updatedAt'],
    listSearchableFields: ['fullName', 'slug'],
    group: { en: 'People and partners', fr: 'Personnes et partenaires', ar: 'الأشخاص والشركاء' },
  },
  fields: [
    {
      name: 'fullName',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Full name', fr: 'Nom complet', ar: 'الاسم الكامل' },
    },
    slugField({ from: 'fullName', localized: false }),
    {
      name: 'honorific',
      type: 'text',
      localized: true,
      label: { en: 'Honorific', fr: 'Civilité', ar: 'اللقب' },
      admin: { description: { en: 'For example "Mme", "M.", "Dr".', fr: 'Par exemple « Mme », « M. », « Dr ».', ar: 'مثل «السيدة» أو «السيد».' } },
    },
    { name: 'portrait', type: 'upload', relationTo: 'media', label: { en: 'Portrait', fr: 'Portrait', ar: 'الصورة' } },
    richTextField({ name: 'biography', localized: true, editor: proseEditor, label: { en: 'Biography', fr: 'Biographie', ar: 'السيرة' } }),
    {
      name: 'appointments',
      type: 'join',
      collection: 'appointments',
      on: 'official',
      defaultSort: '-startDate',
      label: { en: 'Appointments', fr: 'Fonctions', ar: 'المناصب' },
    },
  ],
  endpoints: [jsonLdEndpoint('officials')],
  hooks: {
    beforeOperation: [explainRefusal('officials')],
    beforeChange: [restrictTranslators],
    afterChange: [auditChanges],
    afterDelete: [auditDeletion],
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'quotes', field: 'speaker' },
        { collection: 'appointments', field: 'official' },
        { collection: 'launch-events', field: 'speakers', publishedOnly: true },
      ]),
    ],
  },
}
