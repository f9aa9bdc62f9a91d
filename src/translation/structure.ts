import { type LexicalNode, nodesOf, type RichText } from '../richText/walk'

/**
 * The skeleton a translation of a body must keep: its blocks (official quotes, partner strips, event cards, images)
 * in order with what each points at, and the places its links lead to. Words, paragraphs and headings are the
 * translator's to shape.
 */
export type BodyStructure = { blocks: string[]; links: string[] }

const refOf = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(refOf).join('+')
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return value === undefined || value === null ? '' : String(value)
}

const BLOCK_REFERENCES: Record<string, string> = { officialQuote: 'quote', eventCard: 'event', image: 'image', partnerStrip: 'organisations' }

function linkTarget(node: LexicalNode): string {
  const fields = (node.fields ?? {}) as { linkType?: string; url?: string; doc?: { relationTo?: string; value?: unknown } }
  return fields.linkType === 'internal' ? `${fields.doc?.relationTo}:${refOf(fields.doc?.value)}` : String(fields.url ?? '')
}

export function structureOf(body: RichText): BodyStructure {
  const blocks: string[] = []
  const links: string[] = []
  for (const node of nodesOf(body)) {
    if (node.type === 'block' && node.fields?.blockType) {
      const type = node.fields.blockType
      blocks.push(`${type}:${refOf(node.fields[BLOCK_REFERENCES[type] ?? ''])}`)
    } else if (node.type === 'upload') {
      blocks.push(`upload:${refOf((node as { value?: unknown }).value)}`)
    } else if (node.type === 'link' || node.type === 'autolink') {
      links.push(linkTarget(node))
    }
  }
  return { blocks, links: links.sort() }
}

export type StructureDifference = { kind: 'blocks' | 'links' | 'untranslated'; source: string[]; translation: string[] }

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote'])
const MIN_WORDS = 4

/** The texts of a body's paragraphs, headings and list items long enough to be told apart from names and figures. */
function passages(body: RichText): string[] {
  const found: string[] = []
  for (const node of nodesOf(body)) {
    if (!node.type || !TEXT_BLOCKS.has(node.type)) continue
    const text = [...nodesOf({ root: node })].map((child) => child.text ?? '').join('').trim()
    if (text.split(/\s+/u).length >= MIN_WORDS) found.push(text)
  }
  return found
}

/** How a translation's body departs from its source's structure, or null when it keeps it. */
export function structureDifference(source: RichText, translation: RichText): StructureDifference | null {
  const expected = structureOf(source)
  const found = structureOf(translation)
  if (expected.blocks.join('|') !== found.blocks.join('|')) return { kind: 'blocks', source: expected.blocks, translation: found.blocks }
  if (expected.links.join('|') !== found.links.join('|')) return { kind: 'links', source: expected.links, translation: found.links }
  // A translation started from the source keeps its words until they are replaced: none may be left as they were.
  const sourcePassages = new Set(passages(source))
  const untouched = passages(translation).filter((text) => sourcePassages.has(text))
  if (untouched.length > 0) return { kind: 'untranslated', source: [...sourcePassages], translation: untouched }
  return null
}

const hasText = (body: RichText): boolean => [...nodesOf(body)].some((node) => (typeof node.text === 'string' && node.text.trim() !== '') || node.type === 'block' || node.type === 'upload')

/** A body with nothing in it yet (no body, or only empty paragraphs). */
export const isEmptyBody = (body: RichText): boolean => !hasText(body)

/**
 * The start of a translation: the source body as it is (blocks, links and images kept), its words left in place
 * for the translator to replace paragraph by paragraph. Block ids are new, so the two locales never share one.
 */
export function translationSkeleton(source: RichText): RichText {
  const copy = structuredClone(source) as RichText
  for (const node of nodesOf(copy)) {
    if (node.type === 'block' && node.fields && 'id' in node.fields) node.fields.id = crypto.randomUUID().replace(/-/g, '').slice(0, 24)
  }
  return copy
}
