import type { CollectionConfig } from 'payload'
import { scheduleRelease } from '../src/hooks/releases/scheduleRelease'
import { publishReleaseEndpoint } from '../src/releases/publishRelease'
import { accessFor } from '../src/access/permissions'

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
      name: 'state',
      type: 'select',
      defaultValue: 'planned',
      options: ['planned', 'published', 'failed'].map((value) => ({ value, label: value })),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'publishedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'failureReason', type: 'textarea', admin: { readOnly: true, position: 'sidebar' } },
  ],
  hooks: { afterChange: [scheduleRelease] },
  endpoints: [publishReleaseEndpoint],
}
