import { nodesOf, type LexicalNode, type RichText } from './walk'

/** The only ways out of an article: the web, e-mail and the telephone. Internal links name a document instead. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '', newline: '', sol: '/', amp: '&', lpar: '(', rpar: ')' }

/** The URL as a browser would read it: entities decoded, and the spaces and control characters it ignores removed. */
function asBrowserReadsIt(url: string): string {
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2060\u3000\ufeff]/g, '')
    .toLowerCase()
}

/** Why a link's address may not be stored or served, or undefined when it is a web, e-mail or telephone address. */
export function unsafeLinkReason(url: unknown): string | undefined {
  if (typeof url !== 'string' || !url.trim()) return 'A link needs an address.'
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(asBrowserReadsIt(url))?.[1]
  if (!scheme) return `"${url}" is not a full address: links start with https://, http://, mailto: or tel:, or point to a document of the newsroom.`
  if (!ALLOWED_SCHEMES.has(scheme)) return `Links to "${scheme}:" addresses are not allowed: only https://, http://, mailto: and tel:.`
  if ((scheme === 'http' || scheme === 'https') && !URL.canParse(url.trim())) return `"${url}" is not a valid web address.`
  return undefined
}

type LinkFields = { linkType?: string; url?: unknown }
const isLink = (node: LexicalNode): boolean => node.type === 'link' || node.type === 'autolink'
const isExternal = (node: LexicalNode): boolean => (node.fields as LinkFields | undefined)?.linkType !== 'internal'

/** The reasons the links of a rich text cannot be stored, one per unsafe link. */
export function unsafeLinks(richText: RichText): string[] {
  const reasons: string[] = []
  for (const node of nodesOf(richText)) {
    if (!isLink(node) || !isExternal(node)) continue
    const reason = unsafeLinkReason((node.fields as LinkFields | undefined)?.url)
    if (reason) reasons.push(reason)
  }
  return reasons
}

function unwrapUnsafe(node: LexicalNode): LexicalNode[] {
  const children = (node.children ?? []).flatMap(unwrapUnsafe)
  if (isLink(node) && isExternal(node) && unsafeLinkReason((node.fields as LinkFields | undefined)?.url)) return children
  return [node.children ? { ...node, children } : node]
}

/** The rich text with every unsafe link replaced by its text, for anything stored before links were checked. */
export function withoutUnsafeLinks<T extends RichText>(richText: T): T {
  if (!richText?.root || unsafeLinks(richText).length === 0) return richText
  return { ...richText, root: unwrapUnsafe(richText.root)[0] } as T
}
