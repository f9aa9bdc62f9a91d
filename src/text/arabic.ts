/**
 * How the newsroom folds Arabic, in one place for slugs and search: short vowels, Quranic annotation marks and the
 * tatweel are dropped (they do not change a word); for search, the letter variants readers type interchangeably
 * are made one as well (alef forms, taa marbuta, alef maqsura, hamza seats).
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu

const ARABIC_VARIANTS: Array<[RegExp, string]> = [
  [/[أإآٱ]/gu, 'ا'],
  [/ة/gu, 'ه'],
  [/ى/gu, 'ي'],
  [/ؤ/gu, 'و'],
  [/ئ/gu, 'ي'],
]

/** Arabic without its marks: what a slug keeps and what search starts from. */
export const withoutArabicMarks = (text: string): string => text.replace(ARABIC_MARKS, '')

/** Arabic without its marks and with one letter for each family of variants: what search compares. */
export function foldArabicForSearch(text: string): string {
  let folded = withoutArabicMarks(text)
  for (const [variant, plain] of ARABIC_VARIANTS) folded = folded.replace(variant, plain)
  return folded
}
