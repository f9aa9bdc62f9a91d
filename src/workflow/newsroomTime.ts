import type { AdminLanguage } from './words'

/** The newsroom's clock: every time an editor types or reads in the admin is Casablanca time. */
export const NEWSROOM_TIME_ZONE = 'Africa/Casablanca'

const intlLocale: Record<AdminLanguage, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' }

/** A moment as the newsroom reads it, in the admin's language: "30 nov. 2026, 09:00". */
export const formatNewsroomTime = (iso: string, language: AdminLanguage): string =>
  new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: NEWSROOM_TIME_ZONE }).format(new Date(iso))

/** How far Casablanca's wall clock is ahead of UTC at this moment, in milliseconds (it changes around Ramadan). */
function offsetAt(moment: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: NEWSROOM_TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(moment))
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>
  const wall = Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day, parts.hour, parts.minute, parts.second)
  return wall - Math.floor(moment / 1000) * 1000
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/**
 * The moment a Casablanca wall-clock time names, as an ISO string ("2026-11-30T09:00" → "2026-11-30T08:00:00.000Z"),
 * or null when the text is not a `datetime-local` value.
 */
export function newsroomTimeToISO(local: string): string | null {
  const match = LOCAL.exec(local)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== day) return null
  let moment = wall - offsetAt(wall)
  moment = wall - offsetAt(moment)
  return new Date(moment).toISOString()
}
