import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'

/** Each attempt to deliver an event to a subscriber, and what it answered. Written by the delivery job only. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: { en: 'Delivery', fr: 'Envoi', ar: 'إرسال' }, plural: { en: 'Webhook deliveries', fr: 'Envois webhook', ar: 'عمليات الإرسال' } },
  access: accessFor('webhook-deliveries'),
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['createdAt', 'subscription', 'event', 'attempt', 'succeeded', 'responseStatus', 'durationMs'],
    group: { en: 'Administration', fr: 'Administration', ar: 'الإدارة' },
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'subscription', type: 'relationship', relationTo: 'webhook-subscriptions', required: true, index: true, label: { en: 'Subscription', fr: 'Abonnement', ar: 'الاشتراك' } },
    { name: 'event', type: 'text', required: true, index: true, label: { en: 'Event', fr: 'Événement', ar: 'الحدث' } },
    { name: 'attempt', type: 'number', required: true, label: { en: 'Attempt', fr: 'Tentative', ar: 'المحاولة' } },
    { name: 'succeeded', type: 'checkbox', index: true, label: { en: 'Delivered', fr: 'Livré', ar: 'تم الإرسال' } },
    { name: 'responseStatus', type: 'number', label: { en: 'Response status', fr: 'Statut de la réponse', ar: 'حالة الرد' } },
    { name: 'durationMs', type: 'number', label: { en: 'Time taken (ms)', fr: 'Durée (ms)', ar: 'المدة (م.ث)' } },
    { name: 'error', type: 'text', label: { en: 'Error', fr: 'Erreur', ar: 'الخطأ' } },
    { name: 'body', type: 'textarea', label: { en: 'Body sent', fr: 'Contenu envoyé', ar: 'المحتوى المرسل' } },
  ],
}
