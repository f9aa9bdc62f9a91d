import type { CollectionConfig, Field } from 'payload'
import { updateArticle } from '../src/access/articles'
import { accessFor } from '../src/access/permissions'
import { pressCoverageField } from '../src/fields/pressCoverage'
import { articleBodyEditor, richTextField } from '../src/fields/richText'
import { seoFields } from '../src/fields/seo'
import { editorialEditComponents, reviewNoticeField, workflowFields, workflowStateField } from '../src/fields/workflow'
import { slugField } from '../src/fields/slug'
import { startsEmpty } from '../src/fields/duplicate'
import { deriveFromBody } from '../src/hooks/articles/deriveFromBody'
import { stampPublishedAt } from '../src/hooks/articles/stampPublishedAt'
import { refuseDeleteWhileUsed } from '../src/hooks/refuseDeleteWhileUsed'
import { searchTextField } from '../src/fields/searchText'
import { localePublicationFields, translationFields } from '../src/fields/translation'
import { editorialEndpoints, editorialHooks } from '../src/workflow/editorialDocument'
import { previewButton } from '../src/preview/livePreview'

export const articleTypes = [
  { value: 'news-story', label: { en: 'News story', fr: 'Actualité', ar: 'خبر' } },
  { value: 'press-release', label: { en: 'Press release', fr: 'Communiqué de presse', ar: 'بلاغ صحفي' } },
  { value: 'statement', label: { en: 'Statement', fr: 'Déclaration', ar: 'تصريح' } },
  { value: 'speech', label: { en: 'Speech', fr: 'Discours', ar: 'خطاب' } },
  { value: 'interview', label: { en: 'Interview', fr: 'Entretien', ar: 'حوار' } },
]

/** Derived from the body on save; kept per locale, as each locale has its own body. */
const embedded = (name: string, relationTo: 'quotes' | 'organisations' | 'launch-events'): Field => ({
  name,
  type: 'relationship',
  relationTo,
  hasMany: true,
  localized: true,
  admin: { hidden: true, readOnly: true },
})

/** The newsroom's stories: drafted, reviewed and published in four languages. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { en: 'Article', fr: 'Article', ar: 'مقال' },
    plural: { en: 'Articles', fr: 'Articles', ar: 'المقالات' },
  },
  access: { ...accessFor('articles'), update: updateArticle },
  defaultPopulate: { title: true, slug: true, standfirst: true, section: true, publishedAt: true, hero: true, type: true },
  // Readers are served a locale only where it is live: every read needs to know where that is.
  forceSelect: { liveLocales: true },
  // Lists are newest first, whole or per section: these let SQLite read them in order and stop after a page.
  indexes: [{ fields: ['publishedAt', 'createdAt'] }, { fields: ['section', 'publishedAt'] }],
  admin: {
    useAsTitle: 'title',
    components: { edit: editorialEditComponents },
    preview: previewButton('articles'),
    defaultColumns: ['title', 'workflowState', 'liveLocales', 'section', 'publishedAt', 'type'],
    listSearchableFields: ['title', 'standfirst', 'slug'],
    group: { en: 'Newsroom', fr: 'Rédaction', ar: 'التحرير' },
  },
  // Going live is a transition per document (four eyes, readiness); bulk edits and bulk publishing could only bypass it.
  disableBulkEdit: true,
  defaultSort: '-publishedAt',
  fields: [
    reviewNoticeField,
    workflowStateField,
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'news-story',
      index: true,
      options: articleTypes,
      label: { en: 'Type', fr: 'Genre', ar: 'النوع' },
      admin: { position: 'sidebar' },
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: { en: 'Title', fr: 'Titre', ar: 'العنوان' } },
    slugField({ from: 'title' }),
    {
      name: 'standfirst',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 600,
      label: { en: 'Standfirst', fr: 'Chapô', ar: 'المقدمة' },
      admin: { description: { en: 'The lead paragraph, shown on cards and in feeds.', fr: "Le paragraphe d'ouverture, repris dans les listes et les flux.", ar: 'الفقرة الافتتاحية التي تظهر في القوائم.' } },
    },
    richTextField({ name: 'body', localized: true, editor: articleBodyEditor, label: { en: 'Body', fr: 'Corps', ar: 'النص' } }),
    {
      name: 'hero',
      type: 'group',
      label: { en: 'Hero image', fr: 'Image principale', ar: 'الصورة الرئيسية' },
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Photo', fr: 'Photo', ar: 'الصورة' } },
        {
          type: 'row',
          fields: [
            { name: 'caption', type: 'text', localized: true, label: { en: 'Caption', fr: 'Légende', ar: 'التعليق' } },
            { name: 'credit', type: 'text', label: { en: 'Credit', fr: 'Crédit', ar: 'المصدر' } },
          ],
        },
      ],
    },
    {
      name: 'section',
      type: 'relationship',
      relationTo: 'sections',
      required: true,
      index: true,
      label: { en: 'Section', fr: 'Rubrique', ar: 'القسم' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      hooks: { beforeDuplicate: [startsEmpty()] },
      label: { en: 'Published at', fr: 'Publié le', ar: 'تاريخ النشر' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { en: 'Authors', fr: 'Auteurs', ar: 'المحررون' },
      defaultValue: ({ user }) => (user ? [user.id] : []),
      admin: { position: 'sidebar' },
    },
    {
      name: 'byline',
      type: 'text',
      label: { en: 'Display byline', fr: 'Signature affichée', ar: 'التوقيع' },
      admin: { position: 'sidebar', description: { en: 'As printed, for example "S.M".', fr: 'Telle qu’imprimée, par exemple « S.M ».', ar: 'كما يُطبع، مثل «S.M».' } },
    },
    { name: 'tags', type: 'text', hasMany: true, localized: true, label: { en: 'Tags', fr: 'Mots-clés', ar: 'الوسوم' }, admin: { position: 'sidebar' } },
    {
      name: 'launchEvent',
      type: 'relationship',
      relationTo: 'launch-events',
      index: true,
      label: { en: 'Launch event', fr: 'Événement lié', ar: 'الحدث المرتبط' },
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 6,
      label: { en: 'Related articles', fr: 'Articles liés', ar: 'مقالات ذات صلة' },
      filterOptions: ({ id }) => (id === undefined ? true : { id: { not_equals: id } }),
    },
    {
      name: 'readingTime',
      type: 'number',
      localized: true,
      label: { en: 'Reading time (minutes)', fr: 'Temps de lecture (minutes)', ar: 'مدة القراءة (دقائق)' },
      admin: { position: 'sidebar', readOnly: true },
    },
    pressCoverageField,
    seoFields,
    ...workflowFields(),
    embedded('embeddedQuotes', 'quotes'),
    embedded('embeddedOrganisations', 'organisations'),
    embedded('embeddedEvents', 'launch-events'),
    searchTextField,
    ...translationFields(),
    ...localePublicationFields(),
  ],
  hooks: editorialHooks('articles', {
    beforeChange: [deriveFromBody, stampPublishedAt],
    beforeDelete: [refuseDeleteWhileUsed([{ collection: 'articles', field: 'relatedArticles', publishedOnly: true }])],
  }),
  endpoints: editorialEndpoints('articles'),
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 100 },
}
