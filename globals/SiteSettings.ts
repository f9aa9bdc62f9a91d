import type { GlobalConfig } from 'payload'
import { anyone, editorsAndAdmins } from '../src/access/staff'
import { adminOnlyField, staffOnlyField } from '../src/access/permissions'
import { urlField } from '../src/fields/url'
import { localeCodes } from '../src/localization'
import { DEFAULT_REQUIRED_LOCALES } from '../src/translation/readiness'

const networks = [
  ['facebook', 'Facebook'],
  ['x', 'X'],
  ['youtube', 'YouTube'],
  ['instagram', 'Instagram'],
  ['linkedin', 'LinkedIn'],
] as const

const requiredLocalesField = (name: 'articles' | 'launchEvents', collection: keyof typeof DEFAULT_REQUIRED_LOCALES, label: Record<string, string>) => ({
  name,
  type: 'select' as const,
  hasMany: true,
  options: localeCodes.map((code) => ({ label: code, value: code })),
  defaultValue: DEFAULT_REQUIRED_LOCALES[collection],
  label,
})

/** The brand's name and tagline, its social accounts, what a share falls back to, and the translation rules. */
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
      name: 'translationRules',
      type: 'group',
      label: { en: 'Languages required before publishing', fr: 'Langues exigées avant publication', ar: 'اللغات المطلوبة قبل النشر' },
      admin: { description: { en: 'A document is published only once these translations are done and up to date.', fr: 'Un document n’est publié que lorsque ces traductions sont terminées et à jour.', ar: 'لا يُنشر المحتوى إلا بعد إنجاز هذه الترجمات وتحديثها.' } },
      access: { read: staffOnlyField, update: adminOnlyField },
      fields: [
        requiredLocalesField('articles', 'articles', { en: 'Articles', fr: 'Articles', ar: 'المقالات' }),
        requiredLocalesField('launchEvents', 'launch-events', { en: 'Launch events', fr: 'Événements de lancement', ar: 'فعاليات الإطلاق' }),
      ],
    },
    {
      name: 'defaultShareImage',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Default share image', fr: 'Image de partage par défaut', ar: 'صورة المشاركة الافتراضية' },
    },
  ],
}
