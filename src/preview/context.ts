/** The one draft a signed preview link lets a reader see, carried in the request's context while it is read. */
export type PreviewTarget = { collection: string; id: string }

const KEY = 'previewTarget'

export const previewContext = (target: PreviewTarget): Record<string, unknown> => ({ [KEY]: target })

/** The id of the document of this collection a preview link is being served for, if any. */
export function previewedId(context: Record<string, unknown> | undefined, collection: string): string | undefined {
  const target = context?.[KEY] as PreviewTarget | undefined
  return target?.collection === collection ? target.id : undefined
}

/** Whether this read serves a preview link (its reader sees the draft as written, in the locale the link names). */
export const servesPreview = (context: Record<string, unknown> | undefined): boolean => Boolean(context?.[KEY])
