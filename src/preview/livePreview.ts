import type { Config } from 'payload'

type LivePreview = NonNullable<NonNullable<Config['admin']>['livePreview']>

/** Live preview in the admin, pointed at the front end named by FRONTEND_URL; off when it is not set. */
export function livePreview(frontendURL = process.env.FRONTEND_URL): LivePreview | undefined {
  if (!frontendURL) return undefined
  const base = frontendURL.replace(/\/$/, '')
  return {
    collections: ['articles', 'launch-events'],
    url: ({ data, collectionConfig, locale }) =>
      `${base}/preview/${collectionConfig?.slug ?? ''}/${encodeURIComponent(String(data?.slug ?? data?.id ?? ''))}?locale=${locale?.code ?? 'fr'}`,
    breakpoints: [
      { label: 'Mobile', name: 'mobile', width: 390, height: 844 },
      { label: 'Desktop', name: 'desktop', width: 1366, height: 900 },
    ],
  }
}
