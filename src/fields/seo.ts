import type { GroupField } from 'payload'

const counter = '/src/components/CharacterCount#CharacterCount'

/** What search engines and social networks show for a document. Empty values fall back to title and standfirst. */
export const seoFields: GroupField = {
  name: 'seo',
  type: 'group',
  label: { en: 'Search and sharing', fr: 'Référencement et partage', ar: 'محركات البحث والمشاركة' },
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'metaTitle',
      type: 'text',
      localized: true,
      maxLength: 70,
      label: { en: 'Meta title', fr: 'Titre SEO', ar: 'عنوان SEO' },
      admin: { components: { afterInput: [counter] } },
    },
    {
      name: 'metaDescription',
      type: 'textarea',
      localized: true,
      maxLength: 160,
      label: { en: 'Meta description', fr: 'Description SEO', ar: 'وصف SEO' },
      admin: { components: { afterInput: [counter] } },
    },
    {
      name: 'shareImage',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Share image (1200×630)', fr: 'Image de partage (1200×630)', ar: 'صورة المشاركة (1200×630)' },
    },
  ],
}
