import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { mediaDir } from '../src/paths'
import { auditChanges, auditDeletion } from '../src/hooks/audit/auditChanges'
import { explainRefusal } from '../src/hooks/explainRefusal'
import { srcsetField } from '../src/hooks/media/srcset'
import { refuseOversizedImages } from '../src/uploads/pixelLimit'

/** Photos for articles and events. Logos live in their own collection. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Photo', fr: 'Photo', ar: 'صورة' },
    plural: { en: 'Photos', fr: 'Photos', ar: 'الصور' },
  },
  access: accessFor('media'),
  // Populated into articles and cards: what an <img> needs, not the upload's bookkeeping.
  defaultPopulate: { alt: true, caption: true, credit: true, url: true, width: true, height: true, sizes: true, srcset: true, focalX: true, focalY: true },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    listSearchableFields: ['alt', 'caption', 'credit', 'filename'],
    group: { en: 'Library', fr: 'Médiathèque', ar: 'المكتبة' },
  },
  upload: {
    staticDir: mediaDir,
    // Checked against the file's content, not its name: a renamed script is refused.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 768, height: 432, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1920, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 82 } } },
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'webp', options: { quality: 85 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Alternative text', fr: 'Texte alternatif', ar: 'النص البديل' },
      admin: {
        description: {
          en: 'What the image shows, for readers who cannot see it.',
          fr: "Ce que montre l'image, pour les lecteurs qui ne la voient pas.",
          ar: 'ما تُظهره الصورة، للقراء الذين لا يستطيعون رؤيتها.',
        },
      },
    },
    { name: 'caption', type: 'textarea', localized: true, label: { en: 'Caption', fr: 'Légende', ar: 'التعليق' } },
    { name: 'credit', type: 'text', label: { en: 'Credit', fr: 'Crédit', ar: 'المصدر' } },
    srcsetField,
  ],
  hooks: {
    beforeOperation: [explainRefusal('media'), refuseOversizedImages],
    afterChange: [auditChanges],
    afterDelete: [auditDeletion],
  },
}
