import { describe, expect, it } from '@jest/globals'
import { httpUrl, slugFormat, slugify } from '../src/validation/text'
import { normalizeForSearch } from '../src/search/normalize'

describe('slugs', () => {
  it.each([
    ['MoroccoTech : le Maroc lance sa marque numérique', 'moroccotech-le-maroc-lance-sa-marque-numerique'],
    ['Élan, à Rabat !', 'elan-a-rabat'],
    ['المغرب يطلق علامته الرقمية', 'المغرب-يطلق-علامته-الرقمية'],
    ['مُحَمَّد', 'محمد'],
    ['ⵜⴰⵎⴰⵣⵉⵖⵜ ⵏ ⵍⵎⵖⵔⵉⴱ', 'ⵜⴰⵎⴰⵣⵉⵖⵜ-ⵏ-ⵍⵎⵖⵔⵉⴱ'],
    ['  --Hello   World--  ', 'hello-world'],
  ])('makes %p into %p, keeping Arabic and Tifinagh letters', (title, slug) => {
    expect(slugify(title)).toBe(slug)
    expect(slugFormat(slugify(title))).toBe(true)
  })

  it.each(['Has Spaces', 'double--hyphen', '-leading', 'trailing-', 'slash/inside'])('refuses %p as a slug', (slug) => {
    expect(slugFormat(slug)).toMatch(/letters and digits separated by single hyphens/)
  })
})

describe('links', () => {
  it.each(['https://www.lopinion.ma/', 'http://example.org/a?b=c'])('accepts %p', (url) => {
    expect(httpUrl(url)).toBe(true)
  })
  it.each(['javascript:alert(1)', 'ftp://files.example.org', 'www.example.org', 'not a link'])('refuses %p', (url) => {
    expect(httpUrl(url)).toMatch(/is not a web address/)
  })
})

describe('one Arabic folding for slugs and search', () => {
  // Short vowels, shadda, superscript alef, tatweel and Quranic annotation marks, as pasted from official texts.
  const marks = ['\u064E', '\u0651', '\u0670', '\u0640', '\u0615', '\u06D6', '\u06E1']
  it.each(marks.map((mark) => [mark.codePointAt(0)?.toString(16), mark]))('drops U+%s in slugs and in search alike', (_code, mark) => {
    const word = 'المغرب'
    const marked = `${word.slice(0, 2)}${mark}${word.slice(2)}`
    expect(slugify(marked)).toBe(slugify(word))
    expect(normalizeForSearch(marked)).toBe(normalizeForSearch(word))
  })
})
