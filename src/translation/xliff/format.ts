import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import type { Inline, Unit } from './units'

/** XLIFF 2.0 (OASIS), the core only: what CAT tools (memoQ, Trados, OmegaT, Phrase…) read and write. */
export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'
export const FINGERPRINT_NOTE = 'source-fingerprint'

export type XliffFile = { id: string; sourceFingerprint?: string | null; units: Unit[] }
export type ParsedFile = { id: string; sourceFingerprint?: string; units: Map<string, { source: Inline[]; target?: Inline[] }> }
export type ParsedXliff = { srcLang: string; trgLang: string; files: ParsedFile[] }

export class XliffError extends Error {}

const SUBTYPES: Record<number, string> = { 1: 'xlf:b', 2: 'xlf:i', 8: 'xlf:u' }

function writeInline(parent: XMLBuilder, unit: Unit, content: Inline[]): void {
  for (const part of content) {
    if (typeof part === 'string') parent.txt(part)
    else if ('placeholder' in part) {
      const known = unit.codes.get(part.placeholder)
      parent.ele('ph', { id: part.placeholder, ...(known?.kind === 'break' ? { type: 'fmt', subType: 'xlf:lb', equiv: '\n' } : { type: 'other' }) })
    } else {
      const known = unit.codes.get(part.code)
      const format = Number(known?.node.format ?? 0)
      const attributes = known?.kind === 'link' ? { type: 'link' } : { type: 'fmt', ...(SUBTYPES[format] ? { subType: SUBTYPES[format] } : {}) }
      writeInline(parent.ele('pc', { id: part.code, ...attributes }), unit, part.children)
    }
  }
}

/** One XLIFF document with a `<file>` per exported document; sources only, targets left for the translator. */
export function buildXliff(srcLang: string, trgLang: string, files: XliffFile[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(XLIFF_NAMESPACE, 'xliff', { version: '2.0', srcLang, trgLang })
  for (const file of files) {
    const element = root.ele('file', { id: file.id })
    if (file.sourceFingerprint) element.ele('notes').ele('note', { id: FINGERPRINT_NOTE, category: 'moroccotech' }).txt(file.sourceFingerprint)
    for (const unit of file.units) {
      const segment = element.ele('unit', { id: unit.id }).ele('segment', { id: 's1' })
      writeInline(segment.ele('source'), unit, unit.content)
    }
  }
  // Not pretty-printed: indentation inside <source> would become words of the text.
  return root.end({ prettyPrint: false })
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> }
const tagOf = (node: Ordered): string | undefined => Object.keys(node).find((key) => key !== ':@')
const childrenOf = (node: Ordered): Ordered[] => (node[tagOf(node) as string] as Ordered[] | undefined) ?? []
const attributesOf = (node: Ordered): Record<string, string> => node[':@'] ?? {}
const elements = (nodes: Ordered[], tag: string) => nodes.filter((node) => tagOf(node) === tag)

function readInline(nodes: Ordered[], where: string): Inline[] {
  const content: Inline[] = []
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === '#text') content.push(String(node['#text']))
    else if (tag === 'pc' || tag === 'ph') {
      const id = attributesOf(node).id
      if (!id) throw new XliffError(`${where}: an inline <${tag}> has no id`)
      content.push(tag === 'pc' ? { code: id, children: readInline(childrenOf(node), where) } : { placeholder: id })
    } else throw new XliffError(`${where}: <${tag}> is not an inline element this newsroom reads (pc, ph)`)
  }
  return content
}

/** Refuses a DTD outright: XLIFF 2.0 has none, and entity declarations are how XML bombs and file reads get in. */
const DECLARATION = /<!(DOCTYPE|ENTITY)/i

/** XLIFF nests a handful of levels (file, group, unit, segment, inline codes); far deeper is an attack on the parser. */
const MAX_XML_DEPTH = 64

function deepestNesting(xml: string): number {
  let depth = 0
  let deepest = 0
  for (const match of xml.matchAll(/<(\/?)[A-Za-z_][^>]*?(\/?)>/g)) {
    if (match[1]) depth--
    else if (!match[2]) deepest = Math.max(deepest, ++depth)
  }
  return deepest
}

/** Parses an XLIFF 2.0 document with a real XML parser, without ever processing a DTD or an entity declaration. */
export function parseXliff(xml: string): ParsedXliff {
  if (DECLARATION.test(xml)) throw new XliffError('The file declares a DTD or entities; XLIFF 2.0 files have none and they are refused.')
  if (deepestNesting(xml) > MAX_XML_DEPTH) throw new XliffError(`The file nests elements more than ${MAX_XML_DEPTH} levels deep; XLIFF files never do.`)
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new XliffError(`The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`)
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    removeNSPrefix: false,
  })
  const document = parser.parse(xml) as Ordered[]
  const root = elements(document, 'xliff')[0]
  if (!root) throw new XliffError('The file has no <xliff> root element.')
  const { version, srcLang, trgLang, xmlns } = attributesOf(root)
  if (version !== '2.0' || xmlns !== XLIFF_NAMESPACE) throw new XliffError(`Only XLIFF 2.0 (${XLIFF_NAMESPACE}) is read; this file says version "${version ?? ''}".`)
  if (!srcLang || !trgLang) throw new XliffError('The <xliff> element must name srcLang and trgLang.')
  const files = elements(childrenOf(root), 'file').map((file): ParsedFile => {
    const id = attributesOf(file).id ?? ''
    const note = elements(childrenOf(file), 'notes').flatMap((notes) => elements(childrenOf(notes), 'note')).find((entry) => attributesOf(entry).id === FINGERPRINT_NOTE)
    const units = new Map<string, { source: Inline[]; target?: Inline[] }>()
    for (const unit of elements(childrenOf(file), 'unit')) {
      const unitId = attributesOf(unit).id ?? ''
      if (units.has(unitId)) throw new XliffError(`File "${id}": unit "${unitId}" appears twice.`)
      const segments = elements(childrenOf(unit), 'segment')
      if (segments.length !== 1) throw new XliffError(`File "${id}", unit "${unitId}": expected one segment, found ${segments.length}.`)
      const parts = childrenOf(segments[0] as Ordered)
      const source = elements(parts, 'source')[0]
      const target = elements(parts, 'target')[0]
      const where = `File "${id}", unit "${unitId}"`
      units.set(unitId, { source: source ? readInline(childrenOf(source), where) : [], target: target ? readInline(childrenOf(target), where) : undefined })
    }
    return { id, sourceFingerprint: note ? childrenOf(note).map((text) => String(text['#text'] ?? '')).join('') : undefined, units }
  })
  return { srcLang, trgLang, files }
}
