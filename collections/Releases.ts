import type { CollectionConfig } from 'payload'
import { refuseEarlyRelease } from '../src/hooks/releases/refuseEarlyRelease'
import { scheduleRelease } from '../src/hooks/releases/scheduleRelease'
import { releaseItemsEndpoint } from '../src/releases/itemStatus'
import { publishReleaseEndpoint } from '../src/releases/publishRelease'
import { accessFor } from '../src/access/permissions'

const releaseStates = [
  { value: 'planned', label: { en: 'Planned', fr: 'Prévue', ar: 'مخطط لها' } },
  { value: 'published', label: { en: 'Published', fr: 'Publiée', ar: 'منشورة' } },
  { value: 'failed', label: { en: 'Failed', fr: 'Échouée', ar: 'فشلت' } },
]

/** Documents that go public together at one moment (an article, its launch event, its quotes): all or none. */
export const Releases: CollectionConfig = {
  slug: 'releases',
  labels: {
    singular: { en: 'Coordinated release', fr: 'Publication coordonnée', ar: 'نشر منسق' },
    plural: { en: 'Coordinated releases', fr: 'Publications coordonnées', ar: 'عمليات النشر المنسق' },
  },
  access: accessFor('releases'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishAt', 'state', 'updatedAt'],
    group: { en: 'Newsroom', fr: 'Rédaction', ar: 'التحرير' },
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { en: 'Title', fr: 'Titre', ar: 'العنوان' } },
    { name: 'publishAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Go public at', fr: 'Publier le', ar: 'النشر في' } },
    {
      name: 'items',
      type: 'relationship',
      relationTo: ['articles', 'launch-events', 'quotes'],
      hasMany: true,
      required: true,
      label: { en: 'Documents', fr: 'Documents', ar: 'الوثائق' },
    },
    {
      name: 'itemStatus',
      type: 'ui',
      admin: { components: { Field: '/src/components/ReleaseItems#ReleaseItems' } },
    },
    {
      name: 'embargoOverrideReason',
      type: 'textarea',
      label: { en: 'Lift the embargo of scheduled items because…', fr: 'Lever l’embargo des documents programmés, parce que…', ar: 'رفع الحظر عن الوثائق المبرمجة، لأن…' },
      admin: {
        description: {
          en: 'Leave empty: the release never publishes a scheduled item before its time. Filled in, the reason is recorded with each item published early.',
          fr: 'Laissez vide : la publication ne met jamais en ligne un document programmé avant son heure. Rempli, le motif est consigné pour chaque document publié en avance.',
          ar: 'اتركه فارغًا: لا يُنشر أي عنصر مبرمج قبل موعده. إذا مُلئ، يُسجَّل السبب مع كل عنصر يُنشر مبكرًا.',
        },
      },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'planned',
      options: releaseStates,
      label: { en: 'State', fr: 'État', ar: 'الحالة' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'publishedAt', type: 'date', label: { en: 'Published at', fr: 'Publiée le', ar: 'نُشرت في' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'failureReason', type: 'textarea', label: { en: 'Why it failed', fr: 'Motif de l’échec', ar: 'سبب الفشل' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
  hooks: { beforeChange: [refuseEarlyRelease], afterChange: [scheduleRelease] },
  endpoints: [publishReleaseEndpoint, releaseItemsEndpoint],
}
