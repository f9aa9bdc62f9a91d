import { APIError, type Endpoint } from 'payload'
import { isStaff } from '../access/roles'
import { isContentLocale } from '../contentLocales'
import type { RichText } from '../richText/walk'
import { jsonObjectBody } from '../validation/jsonBody'
import type { WorkflowCollection } from '../workflow/fire'
import { SOURCE_LOCALE } from './fingerprint'
import { isEmptyBody, translationSkeleton } from './structure'
import { requestCopy } from '../requestCopy'

/**
 * `POST /api/<collection>/:id/translation-start` with `{ "locale": "ar" }`: an empty translation of the body starts
 * from the source's structure (blocks, links and images kept, the words to translate). It never overwrites a body
 * already begun, and it is written as the person asking (a translator only in their languages).
 */
export const translationStartEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/translation-start',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new APIError('Sign in to translate.', 401, null, true)
    const { locale } = await jsonObjectBody(req)
    if (!isContentLocale(locale) || locale === SOURCE_LOCALE) {
      throw new APIError(`"locale" must be a locale to translate into (not the source, ${SOURCE_LOCALE}).`, 400, null, true)
    }
    const id = req.routeParams?.id as string
    const read = (at: string) =>
      req.payload.findByID({ collection, id, locale: at as 'fr', fallbackLocale: false, draft: true, depth: 0, user: req.user, overrideAccess: false, req: requestCopy(req) })
    const [source, translation] = [(await read(SOURCE_LOCALE)) as { body?: RichText }, (await read(locale)) as { body?: RichText }]
    if (!isEmptyBody(translation.body)) throw new APIError(`The ${locale} body is already begun: it is not replaced.`, 409, null, true)
    if (isEmptyBody(source.body)) throw new APIError('The source has no body to start from yet.', 409, null, true)
    await req.payload.update({
      collection,
      id,
      locale,
      draft: true,
      data: { body: translationSkeleton(source.body) } as never,
      user: req.user,
      overrideAccess: false,
      req: requestCopy(req),
    })
    return Response.json({ started: locale })
  },
})
