import type { DateField } from 'payload'

export const NEWSROOM_TIME_ZONE = 'Africa/Casablanca'

const supportedTimezones = [
  { label: 'Casablanca', value: 'Africa/Casablanca' },
  { label: 'Paris', value: 'Europe/Paris' },
  { label: 'London', value: 'Europe/London' },
  { label: 'Dubai', value: 'Asia/Dubai' },
  { label: 'New York', value: 'America/New_York' },
  { label: 'UTC', value: 'UTC' },
]

/** A moment with its time zone (Casablanca unless said otherwise), stored in UTC with the zone beside it. */
export const eventTimeField = (overrides: Omit<DateField, 'type'>): DateField => ({
  type: 'date',
  timezone: { defaultTimezone: NEWSROOM_TIME_ZONE, supportedTimezones },
  admin: { date: { pickerAppearance: 'dayAndTime' }, ...overrides.admin },
  ...overrides,
})
