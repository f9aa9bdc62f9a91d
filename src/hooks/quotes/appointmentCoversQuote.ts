import type { Validate } from 'payload'
import { dayOf, periodCovers } from '../../validation/dates'

type QuoteSiblings = { speaker?: unknown; saidOn?: unknown }

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** The appointment must be the speaker's own, and cover the day the words were said. */
export const appointmentCoversQuote: Validate = async (value, { req, siblingData }) => {
  if (!value) return true
  const { speaker, saidOn } = siblingData as QuoteSiblings
  const appointment = await req.payload.findByID({
    collection: 'appointments',
    id: idOf(value) as number | string,
    depth: 0,
    disableErrors: true,
    req,
  })
  if (!appointment) return 'This appointment does not exist.'
  if (speaker !== undefined && String(idOf(appointment.official)) !== String(idOf(speaker))) {
    return 'This appointment belongs to another official: choose one of the speaker\'s appointments.'
  }
  if (saidOn && !periodCovers(appointment.startDate, appointment.endDate, saidOn)) {
    const until = appointment.endDate ? dayOf(appointment.endDate) : 'today'
    return `On ${dayOf(saidOn)} the speaker did not hold "${appointment.roleTitle}" (held from ${dayOf(appointment.startDate)} to ${until}).`
  }
  return true
}
