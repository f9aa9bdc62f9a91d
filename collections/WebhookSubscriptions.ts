import type { CollectionConfig } from 'payload'
import { publicDestination } from '../src/webhooks/validateDestination'
import { contentEvents } from '../src/webhooks/events'
import { accessFor, adminOnlyField } from '../src/access/permissions'

/** Front ends and partners told the moment public content changes. Managed by admins. */
export const WebhookSubscriptions: CollectionConfig = {
  slug: 'webhook-subscriptions',
  labels: {
    singular: { en: 'Webhook subscriber', fr: 'Abonné webhook', ar: 'مشترك webhook' },
    plural: { en: 'Webhook subscribers', fr: 'Abonnés webhook', ar: 'مشتركو webhook' },
  },
  access: accessFor('webhook-subscriptions'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active'],
    group: { en: 'Administration', fr: 'Administration', ar: 'الإدارة' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', fr: 'Nom', ar: 'الاسم' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { en: 'Delivery URL', fr: 'URL de livraison', ar: 'رابط الإرسال' },
      validate: publicDestination,
      admin: {
        placeholder: 'https://',
        description: {
          en: 'A public https:// address. Local and private networks are refused.',
          fr: 'Une adresse https:// publique. Les réseaux locaux et privés sont refusés.',
          ar: 'عنوان https:// عمومي. تُرفض الشبكات المحلية والخاصة.',
        },
      },
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 24,
      label: { en: 'Signing secret', fr: 'Secret de signature', ar: 'مفتاح التوقيع' },
      access: { read: adminOnlyField },
      admin: { description: { en: 'Signs each delivery (HMAC-SHA256). At least 24 characters.', fr: 'Signe chaque envoi (HMAC-SHA256). Au moins 24 caractères.', ar: 'يوقّع كل إرسال. 24 حرفًا على الأقل.' } },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...contentEvents],
      options: contentEvents.map((value) => ({ value, label: value })),
      label: { en: 'Events', fr: 'Événements', ar: 'الأحداث' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', fr: 'Active', ar: 'مفعّل' } },
    {
      name: 'deliveries',
      type: 'join',
      collection: 'webhook-deliveries',
      on: 'subscription',
      defaultSort: '-createdAt',
      label: { en: 'Delivery log', fr: 'Journal des envois', ar: 'سجل الإرسال' },
    },
  ],
}
