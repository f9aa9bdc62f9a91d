import type { Block } from 'payload'

/** An approved quote record, shown with its speaker and the role they held when they said it. */
export const OfficialQuoteBlock: Block = {
  slug: 'officialQuote',
  interfaceName: 'OfficialQuoteBlock',
  labels: {
    singular: { en: 'Official quote', fr: 'Citation officielle', ar: 'تصريح رسمي' },
    plural: { en: 'Official quotes', fr: 'Citations officielles', ar: 'تصريحات رسمية' },
  },
  fields: [
    {
      name: 'quote',
      type: 'relationship',
      relationTo: 'quotes',
      required: true,
      label: { en: 'Quote', fr: 'Citation', ar: 'التصريح' },
    },
  ],
}
