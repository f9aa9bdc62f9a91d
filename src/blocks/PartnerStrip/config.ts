import type { Block } from 'payload'

/** A row of partner organisations' logos. */
export const PartnerStripBlock: Block = {
  slug: 'partnerStrip',
  interfaceName: 'PartnerStripBlock',
  labels: {
    singular: { en: 'Partner strip', fr: 'Bandeau partenaires', ar: 'شريط الشركاء' },
    plural: { en: 'Partner strips', fr: 'Bandeaux partenaires', ar: 'أشرطة الشركاء' },
  },
  fields: [
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Intitulé', ar: 'العنوان' } },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      required: true,
      minRows: 1,
      label: { en: 'Organisations', fr: 'Organisations', ar: 'المؤسسات' },
    },
  ],
}
