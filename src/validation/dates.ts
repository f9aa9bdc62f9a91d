/** Date rules shared by events, appointments and quotes. Dates arrive as ISO strings or Date objects. */

export const toTime = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? undefined : time
}

/** The calendar day of a date, as YYYY-MM-DD in UTC, for messages. */
export const dayOf = (value: unknown): string => {
  const time = toTime(value)
  return time === undefined ? String(value) : new Date(time).toISOString().slice(0, 10)
}

export function notBefore(later: unknown, earlier: unknown, message: string): true | string {
  const end = toTime(later)
  const start = toTime(earlier)
  if (end === undefined || start === undefined) return true
  return end >= start ? true : message
}

/** Does a period (end open when absent) cover a moment? Compared by calendar day, as appointments are dated. */
export function periodCovers(start: unknown, end: unknown, moment: unknown): boolean {
  const day = dayOf(moment)
  if (toTime(start) !== undefined && day < dayOf(start)) return false
  if (toTime(end) !== undefined && day > dayOf(end)) return false
  return true
}
