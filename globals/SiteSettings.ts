import type { GlobalConfig } from 'payload'
import { anyone, editorsAndAdmins } from '../src/access/staff'
import { urlField } from '../src/fields/url'

const networks = [
  ['facebook', 'Facebook'],
  ['x', 'X'],
  ['youtube', 'YouTube'],
  ['instagram', 'Instagram'],
  ['linkedin', 'LinkedIn'],
] as const

/** The brand's name and tagline, its social accounts and what a share falls back to. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { en: 'Site settings', fr: 'Réglages du site', ar: 'إعدادات الموقع' },
  access: { read: anyone, update: editorsAndAdmins },
  admin: { group: { en: 'Site', fr: 'Site', ar: 'الموقع' } },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, label: { en: 'Site name', fr: 'Nom du site', ar: 'اسم الموقع' } },
    { name: 'tagline', type: 'text', localized: true, label: { en: 'Tagline', fr: 'Signature', ar: 'الشعار النصي' } },
    {
      name: 'social',
      type: 'group',
      label: { en: 'Social networks', fr: 'Réseaux sociaux', ar: 'شبكات التواصل' },
      fields: networks.map(([name, label]) => urlField({ name, label: { en: label, fr: label, ar: label } })),
    },
    urlField({ name: 'pdfEditionUrl', label: { en: 'PDF edition', fr: 'Édition PDF', ar: 'النسخة PDF' } }),
    {
      name: 'defaultShareImage',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Default share image', fr: 'Image de partage par défaut', ar: 'صورة المشاركة الافتراضية' },
    },
  ],
}
