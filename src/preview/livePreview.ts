import type { CollectionAdminOptions, Config } from 'payload'
import { publicServerURL } from '../env'

type LivePreview = NonNullable<NonNullable<Config['admin']>['livePreview']>

/** The built-in readable preview of one document in one locale (src/preview/page.ts), relative to this server. */
export const builtInPreviewPath = (collection: string, id: unknown, locale: string | undefined): string =>
  `/api/${collection}/${encodeURIComponent(String(id ?? ''))}/preview-page?locale=${locale ?? 'fr'}`

/** The document's preview button: the built-in page, which needs no front end. */
export const previewButton =
  (collection: string): CollectionAdminOptions['preview'] =>
  (doc, { locale }) =>
    builtInPreviewPath(collection, doc.id, locale)

/**
 * Live preview in the admin, beside the form: the front end named by FRONTEND_URL when it is set (its
 * `/preview/<collection>/<slug>` route), the built-in page otherwise.
 */
export function livePreview(frontendURL = process.env.FRONTEND_URL): LivePreview {
  const front = frontendURL?.replace(/\/$/, '')
  return {
    collections: ['articles', 'launch-events'],
    url: ({ data, collectionConfig, locale }) => {
      const collection = collectionConfig?.slug ?? ''
      if (!front) return `${publicServerURL()}${builtInPreviewPath(collection, data?.id, locale?.code)}`
      return `${front}/preview/${collection}/${encodeURIComponent(String(data?.slug ?? data?.id ?? ''))}?locale=${locale?.code ?? 'fr'}`
    },
    breakpoints: [
      { label: 'Mobile', name: 'mobile', width: 390, height: 844 },
      { label: 'Desktop', name: 'desktop', width: 1366, height: 900 },
    ],
  }
}
