/** Validation rules shared by many fields. Each returns `true` or the message a user sees. */
import { withoutArabicMarks } from '../text/arabic'

const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/u

/**
 * A URL-safe slug that keeps Arabic and Tifinagh letters: Latin accents are folded (é → e), Arabic short vowels
 * and the tatweel are dropped, anything that is not a letter or a digit becomes a hyphen.
 */
export function slugify(text: string): string {
  return withoutArabicMarks(
    Array.from(text.normalize('NFKC').toLowerCase())
      .map((character) => (LATIN_WITH_MARKS.test(character) ? character.normalize('NFD').replace(/\p{M}/gu, '') : character))
      .join(''),
  )
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '')
}

export const SLUG_PATTERN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u

export function slugFormat(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
    return 'A slug is made of letters and digits separated by single hyphens (for example "lancement-moroccotech").'
  }
  if (value.length > 120) return 'A slug is at most 120 characters long.'
  return true
}

/** An absolute http(s) link, the only kind a front end can safely render. */
export function httpUrl(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address starting with https:// or http://.'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // Falls through to the message below: the text is not a URL at all.
  }
  return `"${value}" is not a web address: enter one starting with https:// or http://.`
}
