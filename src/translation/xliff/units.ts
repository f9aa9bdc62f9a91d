import { TRANSLATED_FIELDS, valueAt } from '../fingerprint'

/**
 * What a translator translates, cut into units: each translated text field, each tag, each paragraph, heading or
 * list item of a rich text, and each text field of a rich-text block. Inline formatting, links and line breaks stay
 * codes (ids `c1`, `c2`, … per unit) whose meaning is kept here, never in the file: an import rebuilds every node
 * from the French document, so a file can change words and their order but never the document's structure.
 */

type LexicalNode = Record<string, unknown> & { type?: string; text?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }

/** Inline content of a unit: plain text, a paired code around content, or a standalone code. */
export type Inline = string | { code: string; children: Inline[] } | { placeholder: string }

export type CodeKind = 'format' | 'link' | 'break' | 'other'
export type Unit = { id: string; content: Inline[]; codes: Map<string, { node: LexicalNode; kind: CodeKind }> }

/** Block fields that hold words for readers (the rest are references and settings). */
const BLOCK_TEXT_FIELDS = ['heading', 'caption']
const INLINE_ELEMENTS = new Set(['link', 'autolink'])

const isPlainText = (node: LexicalNode) =>
  node.type === 'text' && !node.format && !node.style && (node.mode ?? 'normal') === 'normal' && !node.detail

const isTextBlock = (node: LexicalNode) =>
  Array.isArray(node.children) &&
  node.children.length > 0 &&
  node.children.every((child) => child.type === 'text' || child.type === 'linebreak' || child.type === 'tab' || INLINE_ELEMENTS.has(child.type ?? ''))

function inlineOf(children: LexicalNode[], codes: Unit['codes']): Inline[] {
  return children.map((node): Inline => {
    const code = `c${codes.size + 1}`
    if (isPlainText(node)) return node.text ?? ''
    if (node.type === 'text') {
      codes.set(code, { node: { ...node, text: undefined }, kind: 'format' })
      return { code, children: [node.text ?? ''] }
    }
    if (INLINE_ELEMENTS.has(node.type ?? '')) {
      codes.set(code, { node: { ...node, children: undefined }, kind: 'link' })
      return { code, children: inlineOf(node.children ?? [], codes) }
    }
    codes.set(code, { node, kind: node.type === 'linebreak' ? 'break' : 'other' })
    return { placeholder: code }
  })
}

function richTextUnits(path: string, node: LexicalNode, units: Unit[]): void {
  if (node.type === 'block' && node.fields) {
    for (const field of BLOCK_TEXT_FIELDS) {
      const value = node.fields[field]
      if (typeof value === 'string' && value.trim()) units.push({ id: `${path}.fields.${field}`, content: [value], codes: new Map() })
    }
    return
  }
  if (isTextBlock(node)) {
    const codes: Unit['codes'] = new Map()
    units.push({ id: path, content: inlineOf(node.children ?? [], codes), codes })
    return
  }
  node.children?.forEach((child, index) => richTextUnits(`${path}.${index}`, child, units))
}

/** The units of a document's source text, in reading order. */
export function unitsOf(collection: string, doc: Record<string, unknown>): Unit[] {
  const units: Unit[] = []
  for (const field of TRANSLATED_FIELDS[collection] ?? []) {
    const value = valueAt(doc, field)
    if (typeof value === 'string' && value.trim()) units.push({ id: field, content: [value], codes: new Map() })
    else if (Array.isArray(value)) value.forEach((entry, index) => typeof entry === 'string' && units.push({ id: `${field}.${index}`, content: [entry], codes: new Map() }))
    else if (value && typeof value === 'object' && 'root' in value) richTextUnits(field, (value as { root: LexicalNode }).root, units)
  }
  return units
}

/** Why translated inline content cannot stand in for a unit's source, or undefined when it can. */
export function checkInline(unit: Unit, content: Inline[]): string | undefined {
  for (const part of content) {
    if (typeof part === 'string') continue
    const id = 'code' in part ? part.code : part.placeholder
    const known = unit.codes.get(id)
    if (!known) return `unit "${unit.id}" has an inline code "${id}" that its source does not have`
    if ('code' in part) {
      if (known.kind === 'break' || known.kind === 'other') return `unit "${unit.id}": code "${id}" stands alone in the source and cannot wrap text`
      if (known.kind === 'format' && part.children.some((child) => typeof child !== 'string')) return `unit "${unit.id}": formatted text "${id}" cannot hold other codes`
      const nested = checkInline(unit, part.children)
      if (nested) return nested
    } else if (known.kind === 'format' || known.kind === 'link') {
      return `unit "${unit.id}": code "${id}" wraps text in the source and cannot stand alone`
    }
  }
  return undefined
}

const plain = (text: string): LexicalNode => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

function nodesOf(unit: Unit, content: Inline[]): LexicalNode[] {
  return content.map((part) => {
    if (typeof part === 'string') return plain(part)
    if ('placeholder' in part) return structuredClone(unit.codes.get(part.placeholder)?.node ?? {})
    const known = unit.codes.get(part.code) as { node: LexicalNode; kind: CodeKind }
    if (known.kind === 'format') return { ...structuredClone(known.node), text: (part.children as string[]).join('') }
    return { ...structuredClone(known.node), children: nodesOf(unit, part.children) }
  })
}

/** The plain words of inline content, to tell an empty translation from a real one. */
export const wordsOf = (content: Inline[]): string =>
  content.map((part) => (typeof part === 'string' ? part : 'children' in part ? wordsOf(part.children) : '')).join('')

const setAt = (target: Record<string, unknown>, path: string[], value: unknown): void => {
  const [head, ...rest] = path as [string, ...string[]]
  if (rest.length === 0) target[head] = value
  else setAt(target[head] as Record<string, unknown>, rest, value)
}

/**
 * The translated values of a document: the source's fields with each unit's words replaced, as `{ path: value }`
 * for plain fields and whole rich texts rebuilt on the source's tree (direction set for the target language).
 */
export function translatedValues(
  collection: string,
  source: Record<string, unknown>,
  translations: Map<string, Inline[]>,
  direction: 'ltr' | 'rtl',
): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  const units = new Map(unitsOf(collection, source).map((unit) => [unit.id, unit]))
  for (const field of TRANSLATED_FIELDS[collection] ?? []) {
    const value = valueAt(source, field)
    if (value === undefined || value === null) continue
    if (typeof value === 'string') values[field] = wordsOf(translations.get(field) ?? [value])
    else if (Array.isArray(value)) values[field] = value.map((entry, index) => wordsOf(translations.get(`${field}.${index}`) ?? [String(entry)]))
    else if (typeof value === 'object' && 'root' in value) {
      const tree = structuredClone(value) as Record<string, unknown>
      for (const [id, content] of translations) {
        if (!id.startsWith(`${field}.`)) continue
        const unit = units.get(id) as Unit
        const path = id.slice(field.length + 1).split('.')
        if (path.includes('fields')) setAt(tree, ['root', ...nodePath(path.slice(0, -2)), 'fields', path.at(-1) as string], wordsOf(content))
        else setAt(tree, ['root', ...nodePath(path), 'children'], nodesOf(unit, content))
      }
      setDirection((tree as { root: LexicalNode }).root, direction)
      values[field] = tree
    }
  }
  return values
}

/** Unit ids count children (`body.3.1`): the tree path to that node is `children.3.children.1`. */
const nodePath = (indexes: string[]): string[] => indexes.flatMap((index) => ['children', index])

function setDirection(node: LexicalNode, direction: 'ltr' | 'rtl'): void {
  if ('direction' in node && node.direction !== null) node.direction = direction
  node.children?.forEach((child) => setDirection(child, direction))
}
