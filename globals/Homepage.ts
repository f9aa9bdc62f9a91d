import type { GlobalConfig } from 'payload'
import { anyone, editorsAndAdmins } from '../src/access/staff'
import { dropWithdrawnFromHomepage } from '../src/hooks/homepage/dropWithdrawn'

/** What the front page leads with. Only published articles and events can be chosen. */
export const Homepage: GlobalConfig = {
  slug: 'homepage',
  label: { en: 'Homepage', fr: "Page d'accueil", ar: 'الصفحة الرئيسية' },
  access: { read: anyone, update: editorsAndAdmins },
  admin: { group: { en: 'Site', fr: 'Site', ar: 'الموقع' } },
  hooks: { afterRead: [dropWithdrawnFromHomepage] },
  fields: [
    {
      name: 'leadArticle',
      type: 'relationship',
      relationTo: 'articles',
      label: { en: 'Lead article', fr: 'Article à la une', ar: 'المقال الرئيسي' },
      filterOptions: { _status: { equals: 'published' } },
    },
    {
      name: 'featuredArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 8,
      label: { en: 'Featured articles', fr: 'Articles mis en avant', ar: 'مقالات مختارة' },
      filterOptions: { _status: { equals: 'published' } },
    },
    {
      name: 'featuredEvent',
      type: 'relationship',
      relationTo: 'launch-events',
      label: { en: 'Featured launch event', fr: 'Événement mis en avant', ar: 'الحدث المميز' },
      filterOptions: { _status: { equals: 'published' } },
    },
    {
      name: 'partnerStrip',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { en: 'Partner strip', fr: 'Bandeau partenaires', ar: 'شريط الشركاء' },
    },
  ],
}
