import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { slugField } from '../src/fields/slug'
import { urlField } from '../src/fields/url'
import { refuseDeleteWhileUsed } from '../src/hooks/refuseDeleteWhileUsed'
import { auditChanges, auditDeletion } from '../src/hooks/audit/auditChanges'
import { explainRefusal } from '../src/hooks/explainRefusal'
import { restrictTranslators } from '../src/hooks/translation/restrictTranslators'
import { jsonLdEndpoint } from '../src/delivery/jsonLd'

export const organisationKinds = [
  { value: 'ministry', label: { en: 'Ministry', fr: 'Ministère', ar: 'وزارة' } },
  { value: 'agency', label: { en: 'Public agency', fr: 'Agence publique', ar: 'وكالة عمومية' } },
  { value: 'federation', label: { en: 'Federation', fr: 'Fédération', ar: 'جامعة مهنية' } },
  { value: 'employers-confederation', label: { en: "Employers' confederation", fr: 'Confédération patronale', ar: 'اتحاد المقاولات' } },
  { value: 'technopark', label: { en: 'Technopark', fr: 'Technopark', ar: 'تكنوبارك' } },
  { value: 'company', label: { en: 'Company', fr: 'Entreprise', ar: 'شركة' } },
  { value: 'other', label: { en: 'Other', fr: 'Autre', ar: 'أخرى' } },
]

/** Ministries, agencies, federations and companies that organise, partner or speak in the news. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { en: 'Organisation', fr: 'Organisation', ar: 'مؤسسة' },
    plural: { en: 'Organisations', fr: 'Organisations', ar: 'المؤسسات' },
  },
  access: accessFor('organisations'),
  defaultPopulate: { name: true, acronym: true, slug: true, logo: true, logoDark: true, website: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'acronym', 'kind', 'order', 'updatedAt'],
    listSearchableFields: ['name', 'acronym', 'slug'],
    group: { en: 'People and partners', fr: 'Personnes et partenaires', ar: 'الأشخاص والشركاء' },
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', fr: 'Nom', ar: 'الاسم' } },
    slugField({ from: 'name', localized: false }),
    { name: 'acronym', type: 'text', index: true, maxLength: 20, label: { en: 'Acronym', fr: 'Sigle', ar: 'الاختصار' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: organisationKinds,
      label: { en: 'Kind', fr: 'Type', ar: 'النوع' },
    },
    {
      type: 'row',
      fields: [
        { name: 'logo', type: 'upload', relationTo: 'logos', label: { en: 'Logo', fr: 'Logo', ar: 'الشعار' } },
        {
          name: 'logoDark',
          type: 'upload',
          relationTo: 'logos',
          label: { en: 'Logo for dark backgrounds', fr: 'Logo pour fond sombre', ar: 'الشعار للخلفيات الداكنة' },
        },
      ],
    },
    urlField({ name: 'website', label: { en: 'Website', fr: 'Site web', ar: 'الموقع الإلكتروني' } }),
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', fr: 'Description', ar: 'الوصف' } },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      index: true,
      label: { en: 'Display order', fr: "Ordre d'affichage", ar: 'ترتيب العرض' },
      admin: { position: 'sidebar' },
    },
  ],
  endpoints: [jsonLdEndpoint('organisations')],
  hooks: {
    beforeOperation: [explainRefusal('organisations')],
    beforeChange: [restrictTranslators],
    afterChange: [auditChanges],
    afterDelete: [auditDeletion],
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'articles', field: 'embeddedOrganisations', publishedOnly: true, localized: true },
        { collection: 'launch-events', field: 'organiser', publishedOnly: true },
        { collection: 'launch-events', field: 'partners.organisation', publishedOnly: true },
        { collection: 'appointments', field: 'organisation' },
      ]),
    ],
  },
}
