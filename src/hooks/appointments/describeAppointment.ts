import type { FieldHook } from 'payload'
import type { Appointment } from '../../payload-types'
import { dayOf } from '../../validation/dates'

/** A readable title for pickers and lists: "Minister delegate (2021-10-07 – )". */
export const describeAppointment: FieldHook<Appointment> = ({ siblingData }) => {
  const start = siblingData.startDate ? dayOf(siblingData.startDate) : '?'
  const end = siblingData.endDate ? dayOf(siblingData.endDate) : ''
  return `${siblingData.roleTitle ?? ''} (${start} – ${end})`.trim()
}
