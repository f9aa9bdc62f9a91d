import { APIError, type Endpoint } from 'payload'
import { defaultLocale } from '../../contentLocales'
import { type DocumentRef, exportXliff, importXliff, parseDocumentRef, type XliffCollection } from './exchange'

const MAX_DOCUMENTS = 100

const xliffResponse = (xml: string, name: string) =>
  new Response(xml, {
    headers: {
      'Content-Type': 'application/xliff+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  })

/** `GET /api/articles/:id/xliff?target=ar[&source=fr]`: one document as an XLIFF 2.0 file. */
export const documentXliffEndpoint = (collection: XliffCollection): Endpoint => ({
  path: '/:id/xliff',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id)
    const target = req.searchParams.get('target') ?? ''
    const source = req.searchParams.get('source') ?? undefined
    const xml = await exportXliff(req, [{ collection, id: /^\d+$/.test(id) ? Number(id) : id }], target, source)
    return xliffResponse(xml, `${collection}-${id}-${source ?? defaultLocale}-${target}.xlf`)
  },
})

/**
 * `GET /api/xliff?target=ar&documents=articles:12,launch-events:3`: a selection in one file;
 * `POST /api/xliff` with the translated file as the body: the import (all or nothing).
 */
export const xliffEndpoints: Endpoint[] = [
  {
    path: '/xliff',
    method: 'get',
    handler: async (req) => {
      const names = (req.searchParams.get('documents') ?? '').split(',').map((name) => name.trim()).filter(Boolean)
      if (names.length > MAX_DOCUMENTS) throw new APIError(`Export at most ${MAX_DOCUMENTS} documents at a time.`, 400, null, true)
      const refs = names.map((name) => {
        const ref = parseDocumentRef(name)
        if (!ref) throw new APIError(`"${name}" does not name a document (expected articles:<id> or launch-events:<id>).`, 400, null, true)
        return ref
      }) as DocumentRef[]
      const target = req.searchParams.get('target') ?? ''
      const source = req.searchParams.get('source') ?? undefined
      return xliffResponse(await exportXliff(req, refs, target, source), `moroccotech-${refs.length}-documents-${target}.xlf`)
    },
  },
  {
    path: '/xliff',
    method: 'post',
    handler: async (req) => {
      const xml = req.text ? await req.text() : ''
      if (!xml.trim()) throw new APIError('Send the translated XLIFF file as the request body.', 400, null, true)
      return Response.json(await importXliff(req, xml))
    },
  },
]
