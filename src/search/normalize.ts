import { foldArabicForSearch } from '../text/arabic'

/** Text as search compares it: case and Latin accents folded, Arabic folded (src/text/arabic.ts), Tifinagh as typed. */
export function normalizeForSearch(text: string): string {
  return foldArabicForSearch(text.normalize('NFKC').toLowerCase())
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The words of a query, normalised, without repeats; short ones only when they are all there is. */
export function searchTerms(query: string): string[] {
  const words = [...new Set(normalizeForSearch(query).split(' ').filter(Boolean))]
  const meaningful = words.filter((word) => word.length > 1)
  return (meaningful.length > 0 ? meaningful : words).slice(0, 8)
}
