import type { Block } from 'payload'

/** A card pointing at a launch event: its title, dates and venue, with a link to it. */
export const EventCardBlock: Block = {
  slug: 'eventCard',
  interfaceName: 'EventCardBlock',
  labels: {
    singular: { en: 'Event card', fr: 'Carte événement', ar: 'بطاقة حدث' },
    plural: { en: 'Event cards', fr: 'Cartes événement', ar: 'بطاقات أحداث' },
  },
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'launch-events',
      required: true,
      label: { en: 'Launch event', fr: 'Événement de lancement', ar: 'حدث الإطلاق' },
    },
  ],
}
