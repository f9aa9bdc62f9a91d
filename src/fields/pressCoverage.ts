import type { ArrayField } from 'payload'
import { contentLocales } from '../localization'
import { urlField } from './url'

/** Newspapers and sites that reported on a story or an event, as the seed article itself did. */
export const pressCoverageField: ArrayField = {
  name: 'pressCoverage',
  type: 'array',
  label: { en: 'Press coverage', fr: 'Revue de presse', ar: 'التغطية الصحفية' },
  labels: {
    singular: { en: 'Report', fr: 'Article de presse', ar: 'مقال صحفي' },
    plural: { en: 'Reports', fr: 'Articles de presse', ar: 'مقالات صحفية' },
  },
  admin: { initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'outlet', type: 'text', required: true, label: { en: 'Outlet', fr: 'Média', ar: 'الوسيلة الإعلامية' } },
        {
          name: 'language',
          type: 'select',
          required: true,
          label: { en: 'Language', fr: 'Langue', ar: 'اللغة' },
          options: [...contentLocales.map(({ code, label }) => ({ label, value: code })), { label: 'Other', value: 'other' }],
        },
        { name: 'date', type: 'date', label: { en: 'Date', fr: 'Date', ar: 'التاريخ' } },
      ],
    },
    { name: 'headline', type: 'text', required: true, label: { en: 'Headline', fr: 'Titre', ar: 'العنوان' } },
    urlField({ name: 'url', label: { en: 'Link', fr: 'Lien', ar: 'الرابط' }, required: true }),
  ],
}
