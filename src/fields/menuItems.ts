import type { ArrayField, TextFieldSingleValidation } from 'payload'
import { httpUrl } from '../validation/text'

type Kind = 'section' | 'article' | 'external'
type MenuSibling = { kind?: Kind }

const requiredFor =
  (kind: Kind, message: string) =>
  (value: unknown, { siblingData }: { siblingData: unknown }): true | string =>
    (siblingData as MenuSibling).kind === kind && !value ? message : true

/** A menu: each item leads to a section, an article, or an address outside the site. */
export const menuItems = (name: string, label: Record<string, string>): ArrayField => ({
  name,
  type: 'array',
  label,
  labels: { singular: { en: 'Item', fr: 'Entrée', ar: 'عنصر' }, plural: { en: 'Items', fr: 'Entrées', ar: 'العناصر' } },
  maxRows: 12,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { en: 'Label', fr: 'Libellé', ar: 'التسمية' } },
        {
          name: 'kind',
          type: 'radio',
          required: true,
          defaultValue: 'section',
          options: [
            { value: 'section', label: { en: 'Section', fr: 'Rubrique', ar: 'قسم' } },
            { value: 'article', label: { en: 'Article', fr: 'Article', ar: 'مقال' } },
            { value: 'external', label: { en: 'External link', fr: 'Lien externe', ar: 'رابط خارجي' } },
          ],
          label: { en: 'Leads to', fr: 'Mène vers', ar: 'يؤدي إلى' },
        },
      ],
    },
    {
      name: 'section',
      type: 'relationship',
      relationTo: 'sections',
      label: { en: 'Section', fr: 'Rubrique', ar: 'القسم' },
      validate: requiredFor('section', 'Choose the section this item leads to.'),
      admin: { condition: (_, sibling) => (sibling as MenuSibling).kind === 'section' },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      label: { en: 'Article', fr: 'Article', ar: 'المقال' },
      validate: requiredFor('article', 'Choose the article this item leads to.'),
      admin: { condition: (_, sibling) => (sibling as MenuSibling).kind === 'article' },
    },
    {
      name: 'url',
      type: 'text',
      validate: ((value, options) => {
        const missing = requiredFor('external', 'Enter the address this item leads to.')(value, options)
        return missing === true ? httpUrl(value) : missing
      }) satisfies TextFieldSingleValidation,
      admin: { condition: (_, sibling) => (sibling as MenuSibling).kind === 'external' },
    },
  ],
})
