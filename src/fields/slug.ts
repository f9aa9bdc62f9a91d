import type { FieldHook, TextField, Validate } from 'payload'
import { slugify, slugFormat } from '../validation/text'
import { copySlug } from './duplicate'

type SlugOptions = { from: string; localized?: boolean }

const fillFromSource =
  (from: string): FieldHook =>
  ({ value, siblingData, originalDoc }) => {
    // A slug typed by hand is kept as typed (trimmed, lower case), so a malformed one is refused, not rewritten.
    if (typeof value === 'string' && value.trim()) return value.trim().toLowerCase()
    const source = siblingData?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }

/** A slug must name one document per locale; the same slug may stand in two locales of one document. */
const uniqueInLocale: Validate<string> = async (value, { collectionSlug, id, req }) => {
  if (!value) return 'A slug is needed: give the document a title, or type a slug.'
  const format = slugFormat(value)
  if (format !== true || !value || !collectionSlug) return format
  const clash = await req.payload.find({
    collection: collectionSlug as 'articles',
    where: { and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
    locale: req.locale ?? undefined,
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: {},
    req,
  })
  return clash.docs.length === 0 ? true : `The slug "${value}" is already used by another document in this language.`
}

/** The address of a document, generated from its title when left empty; editable; unique in each locale. */
export const slugField = ({ from, localized = true }: SlugOptions): TextField => ({
  name: 'slug',
  type: 'text',
  localized,
  index: true,
  // Not `required`: writers may leave it out and get one made from the title; the validation still insists.
  label: { en: 'Slug', fr: 'Slug (adresse)', ar: 'المعرّف في الرابط' },
  validate: uniqueInLocale,
  hooks: { beforeValidate: [fillFromSource(from)], beforeDuplicate: [copySlug] },
  admin: {
    position: 'sidebar',
    description: {
      en: 'Made from the title when left empty. Arabic and Tifinagh letters are kept.',
      fr: 'Généré depuis le titre si vide. Les lettres arabes et tifinaghes sont conservées.',
      ar: 'يُولَّد من العنوان إذا تُرك فارغًا، مع الاحتفاظ بالحروف العربية والتيفيناغ.',
    },
  },
})
