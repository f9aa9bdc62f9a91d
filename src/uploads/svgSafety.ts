import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'

const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0])

const REFERENCE_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'data'])
const EXECUTABLE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler'])

/** A reference is safe only when it stays inside the file: a fragment (#id) or an embedded raster image. */
const isLocalReference = (value: string): boolean => {
  const trimmed = value.trim().toLowerCase()
  return trimmed.startsWith('#') || /^data:image\/(png|jpeg|webp|gif);/.test(trimmed)
}

const cssReferencesOutside = (css: string): boolean => {
  const lowered = css.toLowerCase()
  if (lowered.includes('@import') || lowered.includes('javascript:') || lowered.includes('expression(')) return true
  return lowered
    .split('url(')
    .slice(1)
    .some((rest) => !isLocalReference(rest.replace(/^["'\s]+/, '')))
}

/**
 * What in an SVG could run code or reach outside the file: scripts, event handler attributes, `javascript:`
 * links, external references. The file is parsed and walked by DOMPurify (on jsdom); an empty list means safe.
 */
export function svgProblems(svg: string): string[] {
  const problems = new Set<string>()
  purify.addHook('uponSanitizeElement', (node, data) => {
    const tag = data.tagName?.toLowerCase() ?? ''
    if (EXECUTABLE_ELEMENTS.has(tag)) problems.add(`a <${tag}> element`)
    if (tag === 'style' && cssReferencesOutside(node.textContent ?? '')) problems.add('a stylesheet that loads from outside')
  })
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase()
    const value = data.attrValue ?? ''
    if (name.startsWith('on')) problems.add(`an event handler attribute (${name})`)
    else if (value.toLowerCase().replace(/\s/g, '').includes('javascript:')) problems.add(`a javascript: link (${name})`)
    else if (REFERENCE_ATTRIBUTES.has(name) && !isLocalReference(value)) problems.add(`an external reference (${name}="${value}")`)
    else if (name === 'style' && cssReferencesOutside(value)) problems.add('a style attribute that loads from outside')
  })
  try {
    purify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['use'] })
    for (const removed of purify.removed) {
      if ('element' in removed && removed.element) {
        const tag = (removed.element as { nodeName: string }).nodeName.toLowerCase()
        if (EXECUTABLE_ELEMENTS.has(tag)) problems.add(`a <${tag}> element`)
      }
    }
  } finally {
    purify.removeAllHooks()
  }
  return [...problems]
}

export const looksLikeSvg = (mimeType: string | undefined, name: string | undefined): boolean =>
  mimeType === 'image/svg+xml' || (name ?? '').toLowerCase().endsWith('.svg')
