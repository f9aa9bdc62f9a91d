import type { FieldHook, TextField } from 'payload'

type Size = { url?: string | null; width?: number | null }
type Upload = { url?: string | null; width?: number | null; sizes?: Record<string, Size | undefined> | null }

/** "url 320w, url 768w, …" from the image's sizes and original, widest last, ready for an <img srcset>. */
export function srcsetOf(upload: Upload): string | null {
  const candidates = [...Object.values(upload.sizes ?? {}), { url: upload.url, width: upload.width }]
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .sort((a, b) => a.width - b.width)
  const unique = candidates.filter((size, index) => candidates.findIndex((other) => other.width === size.width) === index)
  return unique.length > 0 ? unique.map((size) => `${size.url} ${size.width}w`).join(', ') : null
}

const buildSrcset: FieldHook = ({ data }) => srcsetOf((data ?? {}) as Upload)

/** Computed on every read, never stored. */
export const srcsetField: TextField = {
  name: 'srcset',
  type: 'text',
  virtual: true,
  admin: { hidden: true },
  hooks: { afterRead: [buildSrcset] },
}
