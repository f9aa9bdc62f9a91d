import type { Validate } from 'payload'
import { toTime } from '../../validation/dates'

type EventDates = { startsAt?: unknown; endsAt?: unknown }

/** An agenda item happens during its event: not before it starts, not after it ends. */
export const agendaWithinEvent: Validate = (value, { data }) => {
  const moment = toTime(value)
  if (moment === undefined) return true
  const { startsAt, endsAt } = (data ?? {}) as EventDates
  const start = toTime(startsAt)
  const end = toTime(endsAt) ?? start
  if (start !== undefined && moment < start) return 'This agenda item starts before the event does.'
  if (end !== undefined && moment > end) return 'This agenda item starts after the event has ended.'
  return true
}
