import { configToJSONSchema, type Endpoint, type SanitizedConfig } from 'payload'
import { localeCodes } from '../localization'
import { MAX_PUBLIC_DEPTH, MAX_PUBLIC_PAGE_SIZE } from './anonymousCaps'

type Schema = Record<string, unknown>

/** The collections and globals front ends read; each documented with its generated schema. */
const PUBLIC_COLLECTIONS = ['articles', 'launch-events', 'quotes', 'sections', 'officials', 'appointments', 'organisations', 'media', 'logos']
const PUBLIC_GLOBALS = ['site-settings', 'navigation', 'homepage']
const WITH_JSONLD = ['articles', 'launch-events', 'organisations', 'officials']

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: Schema, description = 'OK') => ({ description, content: { 'application/json': { schema } } })
const xml = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string' } } } })
const problem = (description: string) => json(ref('Errors'), description)

const rewriteRefs = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(rewriteRefs)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, key === '$ref' && typeof entry === 'string' ? entry.replace('#/definitions/', '#/components/schemas/') : rewriteRefs(entry)]),
    )
  }
  return value
}

const parameters = {
  locale: { name: 'locale', in: 'query', description: 'Content locale; without it, Accept-Language decides (answer in Content-Language).', schema: { type: 'string', enum: [...localeCodes, 'all'] } },
  fallbackLocale: { name: 'fallback-locale', in: 'query', description: 'Without it, a document not live in the locale comes in French (`localeServed.fallback` is true); `none`: such a document is 404 and left out of lists.', schema: { type: 'string' } },
  depth: { name: 'depth', in: 'query', description: `Relations populated; at most ${MAX_PUBLIC_DEPTH} for anonymous callers.`, schema: { type: 'integer', minimum: 0 } },
  limit: { name: 'limit', in: 'query', description: `Page size; at most ${MAX_PUBLIC_PAGE_SIZE} for anonymous callers.`, schema: { type: 'integer', minimum: 1 } },
  page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  sort: { name: 'sort', in: 'query', description: 'A field name, `-` first for descending (e.g. `-publishedAt`).', schema: { type: 'string' } },
  where: { name: 'where', in: 'query', style: 'deepObject', explode: true, description: 'Payload query, e.g. `where[slug][equals]=…`.', schema: { type: 'object' } },
  id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
}

function collectionPaths(slug: string, schemaName: string): Record<string, Schema> {
  const list = {
    get: {
      tags: [slug],
      summary: `Published ${slug}`,
      parameters: [parameters.locale, parameters.fallbackLocale, parameters.depth, parameters.limit, parameters.page, parameters.sort, parameters.where],
      responses: {
        200: json({ allOf: [ref('Page'), { type: 'object', properties: { docs: { type: 'array', items: ref(schemaName) } } }] }),
        304: { description: 'Not modified (If-None-Match matched the ETag)' },
      },
    },
  }
  const one = {
    get: {
      tags: [slug],
      summary: `One published ${slug} document`,
      parameters: [parameters.id, parameters.locale, parameters.fallbackLocale, parameters.depth],
      responses: { 200: json(ref(schemaName)), 404: problem('Not found or not public') },
    },
  }
  const paths: Record<string, Schema> = { [`/api/${slug}`]: list, [`/api/${slug}/{id}`]: one }
  if (WITH_JSONLD.includes(slug)) {
    paths[`/api/${slug}/{id}/jsonld`] = {
      get: {
        tags: [slug],
        summary: 'schema.org JSON-LD',
        parameters: [parameters.id, parameters.locale],
        responses: { 200: { description: 'JSON-LD', content: { 'application/ld+json': { schema: { type: 'object' } } } } },
      },
    }
  }
  return paths
}

/** The public contract as an OpenAPI 3.1 document, built from the live configuration so it cannot drift. */
export function openAPIDocument(config: SanitizedConfig, idType: 'number' | 'text'): Schema {
  const generated = configToJSONSchema(config, idType) as { definitions?: Record<string, Schema> }
  const schemas: Record<string, unknown> = {
    ...(rewriteRefs(generated.definitions ?? {}) as Record<string, unknown>),
    Page: {
      type: 'object',
      properties: Object.fromEntries(['totalDocs', 'limit', 'totalPages', 'page', 'pagingCounter'].map((key) => [key, { type: 'integer' }]).concat(
        ['hasPrevPage', 'hasNextPage'].map((key) => [key, { type: 'boolean' }]),
      )),
    },
    Errors: { type: 'object', properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' }, data: { type: 'object' } }, required: ['message'] } } } },
  }
  const paths: Record<string, Schema> = {}
  for (const slug of PUBLIC_COLLECTIONS) Object.assign(paths, collectionPaths(slug, slug))
  for (const slug of PUBLIC_GLOBALS) {
    paths[`/api/globals/${slug}`] = { get: { tags: ['globals'], parameters: [parameters.locale, parameters.depth], responses: { 200: json(ref(slug)) } } }
  }
  Object.assign(paths, {
    '/api/search': {
      get: {
        tags: ['search'],
        summary: 'Full-text search over published articles, events and approved quotes',
        parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }, parameters.locale],
        responses: { 200: json({ type: 'object', properties: { results: { type: 'array', items: { type: 'object' } } } }), 400: problem('No query or unknown locale') },
      },
    },
    '/api/feeds/{locale}/{format}': {
      get: {
        tags: ['feeds'],
        parameters: [{ name: 'locale', in: 'path', required: true, schema: { type: 'string', enum: localeCodes } }, { name: 'format', in: 'path', required: true, schema: { type: 'string', enum: ['rss', 'atom'] } }],
        responses: { 200: xml('application/rss+xml', 'RSS 2.0 or Atom') },
      },
    },
    '/api/sitemap.xml': { get: { tags: ['sitemaps'], responses: { 200: xml('application/xml', 'Sitemap index') } } },
    '/api/preview': {
      get: {
        tags: ['preview'],
        summary: 'A draft, with a signed preview link',
        parameters: [{ name: 'token', in: 'query', required: true, schema: { type: 'string' } }],
        responses: { 200: json({ type: 'object' }), 401: problem('Expired or altered link') },
      },
    },
    '/api/graphql': {
      post: {
        tags: ['graphql'],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { query: { type: 'string' }, variables: { type: 'object' } }, required: ['query'] } } } },
        responses: { 200: json({ type: 'object' }) },
      },
    },
  })
  return {
    openapi: '3.1.0',
    info: { title: 'MoroccoTech Newsroom public API', version: '1.0.0', description: 'Published content only, in fr, ar, en and zgh.' },
    servers: [{ url: config.serverURL || '/' }],
    paths,
    components: { schemas },
  }
}

/** `GET /api/openapi.json`. */
export const openAPIEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => Response.json(openAPIDocument(req.payload.config, req.payload.db.defaultIDType === 'number' ? 'number' : 'text')),
}
