import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { urlField } from '../src/fields/url'
import { appointmentCoversQuote } from '../src/hooks/quotes/appointmentCoversQuote'
import { markTranslation } from '../src/hooks/quotes/markTranslation'
import { editorsSetApproval, reopenApprovalOnChange } from '../src/hooks/quotes/guardApproval'
import { refuseDeleteWhileUsed } from '../src/hooks/refuseDeleteWhileUsed'
import { contentLocales } from '../src/localization'
import { auditChanges, auditDeletion } from '../src/hooks/audit/auditChanges'
import { explainRefusal } from '../src/hooks/explainRefusal'
import { restrictTranslators } from '../src/hooks/translation/restrictTranslators'
import { searchTextField } from '../src/fields/searchText'
import { indexSearchText } from '../src/hooks/search/indexSearchText'
import { translationFields } from '../src/fields/translation'
import { trackTranslation } from '../src/hooks/translation/trackTranslation'

export const approvalStatuses = [
  { value: 'pending', label: { en: 'Pending approval', fr: 'En attente de validation', ar: 'في انتظار المصادقة' } },
  { value: 'approved', label: { en: "Approved by the official's office", fr: 'Validée par le cabinet', ar: 'صادق عليها الديوان' } },
  { value: 'withdrawn', label: { en: 'Withdrawn', fr: 'Retirée', ar: 'مسحوبة' } },
]

/** Words an official said, with the role they held then. Only approved quotes are public. */
export const Quotes: CollectionConfig = {
  slug: 'quotes',
  labels: {
    singular: { en: 'Quote', fr: 'Citation', ar: 'تصريح' },
    plural: { en: 'Quotes', fr: 'Citations', ar: 'التصريحات' },
  },
  access: accessFor('quotes'),
  defaultPopulate: {
    text: true,
    originalLocale: true,
    isTranslation: true,
    speaker: true,
    appointment: true,
    saidOn: true,
    approvalStatus: true,
  },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'speaker', 'saidOn', 'approvalStatus', 'launchEvent'],
    listSearchableFields: ['text'],
    group: { en: 'Newsroom', fr: 'Rédaction', ar: 'التحرير' },
  },
  defaultSort: '-saidOn',
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      localized: true,
      label: { en: 'The words', fr: 'Les propos', ar: 'نص التصريح' },
      admin: {
        description: {
          en: 'In the original locale, the exact words; in the others, their translation.',
          fr: 'Dans la langue d’origine, les mots exacts ; dans les autres, leur traduction.',
          ar: 'باللغة الأصلية، الكلمات كما قيلت؛ وفي اللغات الأخرى، ترجمتها.',
        },
      },
    },
    {
      name: 'isTranslation',
      type: 'checkbox',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [markTranslation] },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'originalLocale',
          type: 'select',
          required: true,
          defaultValue: 'fr',
          options: contentLocales.map(({ code, label }) => ({ label, value: code })),
          label: { en: 'Said in', fr: 'Prononcée en', ar: 'قيلت باللغة' },
        },
        { name: 'saidOn', type: 'date', required: true, index: true, label: { en: 'Said on', fr: 'Date', ar: 'التاريخ' } },
      ],
    },
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: 'officials',
      required: true,
      index: true,
      label: { en: 'Speaker', fr: 'Auteur des propos', ar: 'صاحب التصريح' },
    },
    {
      name: 'appointment',
      type: 'relationship',
      relationTo: 'appointments',
      required: true,
      label: { en: 'Role held when speaking', fr: 'Fonction occupée alors', ar: 'المنصب وقت التصريح' },
      filterOptions: ({ siblingData }) => {
        const speaker = (siblingData as { speaker?: unknown }).speaker
        return speaker ? { official: { equals: speaker } } : true
      },
      validate: appointmentCoversQuote,
    },
    {
      name: 'launchEvent',
      type: 'relationship',
      relationTo: 'launch-events',
      index: true,
      label: { en: 'Launch event', fr: 'Événement', ar: 'الحدث' },
    },
    {
      name: 'source',
      type: 'group',
      label: { en: 'Source', fr: 'Source', ar: 'المصدر' },
      fields: [
        { name: 'article', type: 'relationship', relationTo: 'articles', label: { en: 'Article', fr: 'Article', ar: 'المقال' } },
        urlField({ name: 'transcriptUrl', label: { en: 'Transcript link', fr: 'Lien vers la transcription', ar: 'رابط النص الكامل' } }),
      ],
    },
    {
      name: 'approvalStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: approvalStatuses,
      label: { en: 'Approval', fr: 'Validation', ar: 'المصادقة' },
      access: { create: editorsSetApproval, update: editorsSetApproval },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Set by editors once the official’s office has approved the words. Changing the words sends the quote back to pending.',
          fr: 'Fixée par la rédaction en chef une fois les propos validés par le cabinet. Modifier les propos les remet en attente.',
          ar: 'يحددها رئيس التحرير بعد مصادقة الديوان على التصريح. أي تعديل للنص يعيده إلى الانتظار.',
        },
      },
    },
    searchTextField,
    ...translationFields(),
  ],
  hooks: {
    beforeOperation: [explainRefusal('quotes')],
    beforeChange: [restrictTranslators, reopenApprovalOnChange, trackTranslation, indexSearchText],
    afterChange: [auditChanges],
    afterDelete: [auditDeletion],
    beforeDelete: [
      refuseDeleteWhileUsed([{ collection: 'articles', field: 'embeddedQuotes', publishedOnly: true, localized: true }]),
    ],
  },
}
