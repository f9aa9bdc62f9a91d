import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { eventTimeField } from '../src/fields/eventTime'
import { pressCoverageField } from '../src/fields/pressCoverage'
import { proseEditor, richTextField } from '../src/fields/richText'
import { seoFields } from '../src/fields/seo'
import { editorialEditComponents, reviewNoticeField, workflowFields, workflowStateField } from '../src/fields/workflow'
import { slugField } from '../src/fields/slug'
import { urlField } from '../src/fields/url'
import { agendaWithinEvent } from '../src/hooks/launchEvents/agendaWithinEvent'
import { refuseDeleteWhileUsed } from '../src/hooks/refuseDeleteWhileUsed'
import { notBefore } from '../src/validation/dates'
import { searchTextField } from '../src/fields/searchText'
import { localePublicationFields, translationFields } from '../src/fields/translation'
import { editorialEndpoints, editorialHooks } from '../src/workflow/editorialDocument'
import { previewButton } from '../src/preview/livePreview'

export const partnerRoles = [
  { value: 'co-organiser', label: { en: 'Co-organiser', fr: 'Co-organisateur', ar: 'منظم مشارك' } },
  { value: 'close-collaboration', label: { en: 'In close collaboration', fr: 'En étroite collaboration', ar: 'بتعاون وثيق' } },
  { value: 'partner', label: { en: 'Partner', fr: 'Partenaire', ar: 'شريك' } },
  { value: 'sponsor', label: { en: 'Sponsor', fr: 'Sponsor', ar: 'راعٍ' } },
]

export const eventStatuses = [
  { value: 'planned', label: { en: 'Planned', fr: 'Prévu', ar: 'مبرمج' } },
  { value: 'live', label: { en: 'Live', fr: 'En cours', ar: 'جارٍ' } },
  { value: 'held', label: { en: 'Held', fr: 'Tenu', ar: 'انعقد' } },
  { value: 'postponed', label: { en: 'Postponed', fr: 'Reporté', ar: 'مؤجل' } },
  { value: 'cancelled', label: { en: 'Cancelled', fr: 'Annulé', ar: 'ملغى' } },
]

/** Launches, forums and ceremonies the newsroom reports on, with their venue, partners, speakers and agenda. */
export const LaunchEvents: CollectionConfig = {
  slug: 'launch-events',
  labels: {
    singular: { en: 'Launch event', fr: 'Événement', ar: 'حدث' },
    plural: { en: 'Launch events', fr: 'Événements', ar: 'الأحداث' },
  },
  access: accessFor('launch-events'),
  defaultPopulate: { title: true, slug: true, summary: true, startsAt: true, endsAt: true, venue: true, status: true },
  // Readers are served a locale only where it is live: every read needs to know where that is.
  forceSelect: { liveLocales: true },
  admin: {
    useAsTitle: 'title',
    components: { edit: editorialEditComponents },
    preview: previewButton('launch-events'),
    defaultColumns: ['title', 'workflowState', 'liveLocales', 'startsAt', 'status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
    group: { en: 'Newsroom', fr: 'Rédaction', ar: 'التحرير' },
  },
  // Going live is a transition per document (four eyes, readiness); bulk edits and bulk publishing could only bypass it.
  disableBulkEdit: true,
  defaultSort: '-startsAt',
  fields: [
    reviewNoticeField,
    workflowStateField,
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', fr: 'Titre', ar: 'العنوان' } },
    slugField({ from: 'title' }),
    { name: 'summary', type: 'textarea', required: true, localized: true, label: { en: 'Summary', fr: 'Résumé', ar: 'الملخص' } },
    richTextField({ name: 'body', localized: true, editor: proseEditor, label: { en: 'Description', fr: 'Description', ar: 'الوصف' } }),
    {
      type: 'row',
      fields: [
        eventTimeField({ name: 'startsAt', required: true, index: true, label: { en: 'Starts', fr: 'Début', ar: 'البداية' } }),
        eventTimeField({
          name: 'endsAt',
          label: { en: 'Ends', fr: 'Fin', ar: 'النهاية' },
          validate: (value, { siblingData }) =>
            notBefore(value, (siblingData as { startsAt?: unknown }).startsAt, 'The event cannot end before it starts.'),
        }),
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: eventStatuses,
      label: { en: 'Event status', fr: "Statut de l'événement", ar: 'حالة الحدث' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'venue',
      type: 'group',
      label: { en: 'Venue', fr: 'Lieu', ar: 'المكان' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', localized: true, label: { en: 'Name', fr: 'Nom', ar: 'الاسم' } },
            { name: 'city', type: 'text', localized: true, label: { en: 'City', fr: 'Ville', ar: 'المدينة' } },
          ],
        },
        { name: 'address', type: 'text', localized: true, label: { en: 'Address', fr: 'Adresse', ar: 'العنوان' } },
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, label: { en: 'Latitude', fr: 'Latitude', ar: 'خط العرض' } },
            { name: 'longitude', type: 'number', min: -180, max: 180, label: { en: 'Longitude', fr: 'Longitude', ar: 'خط الطول' } },
          ],
        },
      ],
    },
    {
      name: 'organiser',
      type: 'relationship',
      relationTo: 'organisations',
      index: true,
      label: { en: 'Organiser', fr: 'Organisateur', ar: 'الجهة المنظمة' },
    },
    {
      name: 'partners',
      type: 'array',
      label: { en: 'Partners', fr: 'Partenaires', ar: 'الشركاء' },
      labels: { singular: { en: 'Partner', fr: 'Partenaire', ar: 'شريك' }, plural: { en: 'Partners', fr: 'Partenaires', ar: 'الشركاء' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true, label: { en: 'Organisation', fr: 'Organisation', ar: 'المؤسسة' } },
            { name: 'role', type: 'select', required: true, defaultValue: 'partner', options: partnerRoles, label: { en: 'Role', fr: 'Rôle', ar: 'الدور' } },
          ],
        },
      ],
    },
    {
      name: 'speakers',
      type: 'relationship',
      relationTo: 'officials',
      hasMany: true,
      label: { en: 'Speakers', fr: 'Intervenants', ar: 'المتدخلون' },
    },
    {
      name: 'agenda',
      type: 'array',
      label: { en: 'Agenda', fr: 'Programme', ar: 'البرنامج' },
      labels: { singular: { en: 'Item', fr: 'Séquence', ar: 'فقرة' }, plural: { en: 'Items', fr: 'Séquences', ar: 'الفقرات' } },
      fields: [
        {
          type: 'row',
          fields: [
            eventTimeField({ name: 'startsAt', required: true, label: { en: 'Time', fr: 'Heure', ar: 'الوقت' }, validate: agendaWithinEvent }),
            { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', fr: 'Intitulé', ar: 'العنوان' } },
          ],
        },
        { name: 'speakers', type: 'relationship', relationTo: 'officials', hasMany: true, label: { en: 'Speakers', fr: 'Intervenants', ar: 'المتدخلون' } },
      ],
    },
    {
      type: 'row',
      fields: [
        urlField({ name: 'livestreamUrl', label: { en: 'Livestream', fr: 'Diffusion en direct', ar: 'البث المباشر' } }),
        urlField({ name: 'registrationUrl', label: { en: 'Registration', fr: 'Inscription', ar: 'التسجيل' } }),
      ],
    },
    { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, label: { en: 'Gallery', fr: 'Galerie', ar: 'معرض الصور' } },
    pressCoverageField,
    seoFields,
    ...workflowFields(),
    searchTextField,
    ...translationFields(),
    ...localePublicationFields(),
  ],
  hooks: editorialHooks('launch-events', {
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'articles', field: 'launchEvent', publishedOnly: true },
        { collection: 'articles', field: 'embeddedEvents', publishedOnly: true, localized: true },
        { collection: 'quotes', field: 'launchEvent' },
      ]),
    ],
  }),
  endpoints: editorialEndpoints('launch-events'),
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
}
