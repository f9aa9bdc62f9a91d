/**
 * Text as search compares it: case and Latin accents folded, Arabic short vowels and tatweel dropped, and the
 * Arabic letter variants readers type interchangeably made one (alef forms, taa marbuta, alef maqsura, hamza
 * seats). Tifinagh is kept as typed.
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
const ARABIC_VARIANTS: Array<[RegExp, string]> = [
  [/[أإآٱ]/g, 'ا'],
  [/ة/g, 'ه'],
  [/ى/g, 'ي'],
  [/ؤ/g, 'و'],
  [/ئ/g, 'ي'],
]

export function normalizeForSearch(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase().replace(ARABIC_MARKS, '')
  for (const [variant, plain] of ARABIC_VARIANTS) folded = folded.replace(variant, plain)
  return folded
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
