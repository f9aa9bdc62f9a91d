import { randomBytes } from 'node:crypto'
import type { Article } from '../payload-types'

/** Rich text as the generated types describe it (every rich-text field has this shape). */
export type RichTextValue = NonNullable<Article['body']>

/** Builds Lexical rich text as Payload stores it, for seed content, imports and tests. */
type Direction = 'ltr' | 'rtl'
type Node = Record<string, unknown>

const textNode = (text: string): Node => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

const element = (type: string, children: Node[], direction: Direction, extra: Node = {}): Node => ({
  type,
  children,
  direction,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const paragraph = (text: string, direction: Direction = 'ltr'): Node =>
  element('paragraph', [textNode(text)], direction, { textFormat: 0, textStyle: '' })

export const heading = (text: string, tag: 'h2' | 'h3' = 'h2', direction: Direction = 'ltr'): Node =>
  element('heading', [textNode(text)], direction, { tag })

export const block = (blockType: string, fields: Record<string, unknown>): Node => ({
  type: 'block',
  format: '',
  version: 2,
  fields: { id: randomBytes(12).toString('hex'), blockName: '', blockType, ...fields },
})

export const richText = (children: Node[], direction: Direction = 'ltr'): RichTextValue => ({
  root: { type: 'root', children: children as RichTextValue['root']['children'], direction, format: '', indent: 0, version: 1 },
})
