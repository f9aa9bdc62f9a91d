/** Reading Lexical rich text as stored by Payload: a tree of nodes under `root`. */
export type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown> & { blockType?: string }
}
export type RichText = { root?: LexicalNode } | null | undefined

export function* nodesOf(richText: RichText): Generator<LexicalNode> {
  const stack: LexicalNode[] = richText?.root ? [richText.root] : []
  while (stack.length > 0) {
    const node = stack.pop() as LexicalNode
    yield node
    if (node.children) stack.push(...[...node.children].reverse())
  }
}

const BLOCK_LEVEL = new Set(['paragraph', 'heading', 'quote', 'listitem'])

/** The words of a rich text, paragraphs separated by blank lines. */
export function plainText(richText: RichText): string {
  const parts: string[] = []
  for (const node of nodesOf(richText)) {
    if (typeof node.text === 'string') parts.push(node.text)
    else if (node.type && BLOCK_LEVEL.has(node.type) && parts.length > 0) parts.push('\n\n')
  }
  return parts.join('').trim()
}

const WORDS_PER_MINUTE = 200

/** Minutes a reader needs, rounded up, at least one for any text at all. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/u).filter(Boolean).length
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}

type Id = number | string
const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

export type EmbeddedReferences = { quotes: Id[]; organisations: Id[]; events: Id[]; media: Id[] }

/** What the newsroom blocks inside a body point at, so that other documents can find their users. */
export function embeddedReferences(richText: RichText): EmbeddedReferences {
  const found = { quotes: new Set<Id>(), organisations: new Set<Id>(), events: new Set<Id>(), media: new Set<Id>() }
  const add = (set: Set<Id>, value: unknown) => {
    const id = idOf(value)
    if (id !== undefined) set.add(id)
  }
  for (const node of nodesOf(richText)) {
    const fields = node.type === 'block' ? node.fields : undefined
    if (!fields) continue
    if (fields.blockType === 'officialQuote') add(found.quotes, fields.quote)
    if (fields.blockType === 'eventCard') add(found.events, fields.event)
    if (fields.blockType === 'image') add(found.media, fields.image)
    if (fields.blockType === 'partnerStrip' && Array.isArray(fields.organisations)) {
      for (const organisation of fields.organisations) add(found.organisations, organisation)
    }
  }
  return {
    quotes: [...found.quotes],
    organisations: [...found.organisations],
    events: [...found.events],
    media: [...found.media],
  }
}
