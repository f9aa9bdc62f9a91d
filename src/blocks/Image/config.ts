import type { Block } from 'payload'

/** A photo inside the body of an article, with its caption in the article's language. */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: {
    singular: { en: 'Image', fr: 'Image', ar: 'صورة' },
    plural: { en: 'Images', fr: 'Images', ar: 'صور' },
  },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true, label: { en: 'Photo', fr: 'Photo', ar: 'الصورة' } },
    { name: 'caption', type: 'text', label: { en: 'Caption', fr: 'Légende', ar: 'التعليق' } },
  ],
}
