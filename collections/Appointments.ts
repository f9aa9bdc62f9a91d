import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { describeAppointment } from '../src/hooks/appointments/describeAppointment'
import { refuseDeleteWhileUsed } from '../src/hooks/refuseDeleteWhileUsed'
import { notBefore } from '../src/validation/dates'
import { auditChanges, auditDeletion } from '../src/hooks/audit/auditChanges'
import { explainRefusal } from '../src/hooks/explainRefusal'

/**
 * A role an official held from one date to another (or still holds). Quotes point at the appointment held when
 * the words were said, so "Minister delegate" stays true of a 2022 quote after a reshuffle.
 */
export const Appointments: CollectionConfig = {
  slug: 'appointments',
  labels: {
    singular: { en: 'Appointment', fr: 'Fonction', ar: 'منصب' },
    plural: { en: 'Appointments', fr: 'Fonctions', ar: 'المناصب' },
  },
  access: accessFor('appointments'),
  defaultPopulate: { roleTitle: true, organisation: true, startDate: true, endDate: true, label: true },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'official', 'organisation', 'startDate', 'endDate'],
    listSearchableFields: ['label', 'roleTitle'],
    group: { en: 'People and partners', fr: 'Personnes et partenaires', ar: 'الأشخاص والشركاء' },
  },
  defaultSort: '-startDate',
  fields: [
    {
      name: 'official',
      type: 'relationship',
      relationTo: 'officials',
      required: true,
      index: true,
      label: { en: 'Official', fr: 'Personnalité', ar: 'المسؤول' },
    },
    {
      name: 'roleTitle',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Role title', fr: 'Intitulé de la fonction', ar: 'المنصب' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      index: true,
      label: { en: 'Organisation', fr: 'Organisation', ar: 'المؤسسة' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true, index: true, label: { en: 'From', fr: 'Du', ar: 'من' } },
        {
          name: 'endDate',
          type: 'date',
          label: { en: 'To (empty while current)', fr: 'Au (vide si en poste)', ar: 'إلى (فارغ إن كان لا يزال في المنصب)' },
          validate: (value, { siblingData }) =>
            notBefore(value, (siblingData as { startDate?: unknown }).startDate, 'An appointment cannot end before it starts.'),
        },
      ],
    },
    {
      name: 'label',
      type: 'text',
      localized: true,
      admin: { readOnly: true, hidden: true },
      hooks: { beforeChange: [describeAppointment] },
    },
  ],
  hooks: {
    beforeOperation: [explainRefusal('appointments')],
    afterChange: [auditChanges],
    afterDelete: [auditDeletion],
    beforeDelete: [refuseDeleteWhileUsed([{ collection: 'quotes', field: 'appointment' }])],
  },
}
