import { APIError, type CollectionConfig } from 'payload'
import { roleOf } from '../src/access/roles'
import { scheduleRelease } from '../src/hooks/releases/scheduleRelease'
import { publishRelease } from '../src/releases/publishRelease'

const editorsOnly = ({ req }: { req: { user?: unknown } }) => ['admin', 'editor'].includes(roleOf(req.user) ?? '')

/** Documents that go public together at one moment (an article, its launch event, its quotes): all or none. */
export const Releases: CollectionConfig = {
  slug: 'releases',
  labels: {
    singular: { en: 'Coordinated release', fr: 'Publication coordonnée', ar: 'نشر منسق' },
    plural: { en: 'Coordinated releases', fr: 'Publications coordonnées', ar: 'عمليات النشر المنسق' },
  },
  access: { read: editorsOnly, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
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
  endpoints: [
    {
      path: '/:id/publish',
      method: 'post',
      handler: async (req) => {
        if (!editorsOnly({ req })) throw new APIError('Only editors publish a release.', 403, { rule: 'releases: admin, editor' }, true)
        const result = await publishRelease(req, req.routeParams?.id as string)
        return Response.json(result)
      },
    },
  ],
}
