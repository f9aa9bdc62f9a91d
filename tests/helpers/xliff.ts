import { XMLBuilder, XMLParser } from 'fast-xml-parser'

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> }
const options = { preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false }
const tagOf = (node: Ordered) => Object.keys(node).find((key) => key !== ':@') as string

function mapText(nodes: Ordered[], translate: (text: string) => string): Ordered[] {
  return nodes.map((node) => {
    const tag = tagOf(node)
    if (tag === '#text') return { '#text': translate(String(node['#text'])) }
    return { ...node, [tag]: mapText(node[tag] as Ordered[], translate) }
  })
}

function visitSegments(nodes: Ordered[], visit: (segment: Ordered[], unitId: string) => void, unitId = ''): void {
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === '#text' || tag === '?xml') continue
    const id = tag === 'unit' ? (node[':@']?.id ?? '') : unitId
    if (tag === 'segment') visit(node[tag] as Ordered[], id)
    else visitSegments(node[tag] as Ordered[], visit, id)
  }
}

/** Plays the translator's CAT tool: each segment gets a <target> made from its source, inline codes kept. */
export function translateXliff(xml: string, translate: (text: string, unitId: string) => string, skip: (unitId: string) => boolean = () => false): string {
  const document = new XMLParser(options).parse(xml) as Ordered[]
  visitSegments(document, (segment, unitId) => {
    const source = segment.find((node) => tagOf(node) === 'source') as Ordered
    if (!skip(unitId)) segment.push({ target: mapText(source.source as Ordered[], (text) => (text.trim() ? translate(text, unitId) : text)) })
  })
  return new XMLBuilder(options).build(document) as string
}
