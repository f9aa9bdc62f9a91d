import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { refuseUnsafeSvg } from '../src/hooks/logos/refuseUnsafeSvg'
import { refuseDeleteWhileUsed } from '../src/hooks/refuseDeleteWhileUsed'
import { logosDir } from '../src/paths'
import { auditChanges, auditDeletion } from '../src/hooks/audit/auditChanges'
import { explainRefusal } from '../src/hooks/explainRefusal'
import { srcsetField } from '../src/hooks/media/srcset'
import { refuseOversizedImages } from '../src/uploads/pixelLimit'

/** Organisation logos: SVG, PNG or WebP. SVGs are checked for anything that could run or load from outside. */
export const Logos: CollectionConfig = {
  slug: 'logos',
  labels: {
    singular: { en: 'Logo', fr: 'Logo', ar: 'شعار' },
    plural: { en: 'Logos', fr: 'Logos', ar: 'الشعارات' },
  },
  access: accessFor('logos'),
  defaultPopulate: { alt: true, url: true, mimeType: true, width: true, height: true, sizes: true, filename: true, srcset: true },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'],
    listSearchableFields: ['alt', 'filename'],
    group: { en: 'Library', fr: 'Médiathèque', ar: 'المكتبة' },
  },
  upload: {
    staticDir: logosDir,
    mimeTypes: ['image/svg+xml', 'image/png', 'image/webp'],
    adminThumbnail: ({ doc }) => (typeof doc.url === 'string' ? doc.url : null),
    imageSizes: [
      { name: 'small', width: 160, formatOptions: { format: 'webp' }, withoutEnlargement: true },
      { name: 'medium', width: 400, formatOptions: { format: 'webp' }, withoutEnlargement: true },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Alternative text', fr: 'Texte alternatif', ar: 'النص البديل' },
      admin: { description: { en: 'Usually the organisation\'s name.', fr: "En général, le nom de l'organisation.", ar: 'عادةً اسم المؤسسة.' } },
    },
    srcsetField,
  ],
  hooks: {
    beforeOperation: [explainRefusal('logos'), refuseUnsafeSvg, refuseOversizedImages],
    afterChange: [auditChanges],
    afterDelete: [auditDeletion],
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'organisations', field: 'logo' },
        { collection: 'organisations', field: 'logoDark' },
      ]),
    ],
  },
}
