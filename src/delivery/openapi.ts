import { configToJSONSchema, type Endpoint, type FlattenedField, type SanitizedConfig } from 'payload'
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
        400: problem('Unknown locale, or a malformed query'),
      },
    },
  }
  const one = {
    get: {
      tags: [slug],
      summary: `One published ${slug} document`,
      parameters: [parameters.id, parameters.locale, parameters.fallbackLocale, parameters.depth],
      responses: { 200: json(ref(schemaName)), 304: { description: 'Not modified (If-None-Match matched the ETag)' }, 400: problem('Unknown locale'), 404: problem('Not found or not public') },
    },
  }
  const paths: Record<string, Schema> = { [`/api/${slug}`]: list, [`/api/${slug}/{id}`]: one }
  if (WITH_JSONLD.includes(slug)) {
    paths[`/api/${slug}/{id}/jsonld`] = {
      get: {
        tags: [slug],
        summary: 'schema.org JSON-LD',
        parameters: [parameters.id, parameters.locale],
        responses: { 200: { description: 'JSON-LD', content: { 'application/ld+json': { schema: { type: 'object' } } } }, 400: problem('Unknown locale'), 404: problem('Not found or not public') },
      },
    }
  }
  return paths
}

const anonymous = { user: null } as never

/** The names of the top-level fields of a collection or global that an anonymous reader is never shown. */
function hiddenFromReaders(fields: FlattenedField[]): string[] {
  return fields
    .filter((field) => ('hidden' in field && field.hidden) || (field.access?.read && field.access.read({ req: anonymous } as never) === false))
    .map((field) => field.name)
}

/**
 * The schemas readers can meet: those of the public collections and globals, without the fields anonymous
 * readers never get, and what they reference; a reference to a staff-only collection (users, audit, jobs…) becomes
 * the bare id it is to a reader.
 */
function publicSchemas(config: SanitizedConfig, definitions: Record<string, Schema>, idType: 'number' | 'text'): Record<string, unknown> {
  const entities = [...config.collections, ...config.globals]
  const publicNames = new Set<string>([...PUBLIC_COLLECTIONS, ...PUBLIC_GLOBALS])
  const staffOnly = new Set<string>(entities.map((entity) => entity.slug).filter((slug) => !publicNames.has(slug)))
  const bareId = { type: idType === 'number' ? 'number' : 'string' }
  const hideStaffRefs = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(hideStaffRefs)
    if (!value || typeof value !== 'object') return value
    const ref = (value as { $ref?: unknown }).$ref
    if (typeof ref === 'string' && staffOnly.has(ref.replace('#/definitions/', ''))) return bareId
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, hideStaffRefs(entry)]))
  }
  const kept: Record<string, Schema> = {}
  const pending = [...publicNames]
  while (pending.length > 0) {
    const name = pending.pop() as string
    if (kept[name] || !definitions[name] || staffOnly.has(name)) continue
    const entity = entities.find((candidate) => candidate.slug === name)
    const schema = structuredClone(definitions[name]) as Schema & { properties?: Record<string, unknown>; required?: string[] }
    for (const field of entity ? hiddenFromReaders(entity.flattenedFields) : []) {
      delete schema.properties?.[field]
      schema.required = schema.required?.filter((required) => required !== field)
    }
    kept[name] = hideStaffRefs(schema) as Schema
    for (const match of JSON.stringify(kept[name]).matchAll(/"#\/definitions\/([^"]+)"/g)) pending.push(match[1] as string)
  }
  return rewriteRefs(kept) as Record<string, unknown>
}

/** The public contract as an OpenAPI 3.1 document, built from the live configuration so it cannot drift. */
export function openAPIDocument(config: SanitizedConfig, idType: 'number' | 'text'): Schema {
  const generated = configToJSONSchema(config, idType) as { definitions?: Record<string, Schema> }
  const schemas: Record<string, unknown> = {
    ...publicSchemas(config, generated.definitions ?? {}, idType),
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
        responses: { 200: xml('application/rss+xml', 'RSS 2.0 or Atom'), 304: { description: 'Not modified (If-None-Match matched the ETag)' }, 400: problem('Unknown locale') },
      },
    },
    '/api/feeds/{locale}/{section}/{format}': {
      get: {
        tags: ['feeds'],
        summary: "A section's feed; the section is found by its slug in the locale, or by its French slug",
        parameters: [
          { name: 'locale', in: 'path', required: true, schema: { type: 'string', enum: localeCodes } },
          { name: 'section', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'format', in: 'path', required: true, schema: { type: 'string', enum: ['rss', 'atom'] } },
        ],
        responses: { 200: xml('application/rss+xml', 'RSS 2.0 or Atom'), 304: { description: 'Not modified (If-None-Match matched the ETag)' }, 400: problem('Unknown locale'), 404: problem('No such section') },
      },
    },
    '/api/sitemap.xml': { get: { tags: ['sitemaps'], responses: { 200: xml('application/xml', 'Sitemap index'), 304: { description: 'Not modified (If-None-Match matched the ETag)' } } } },
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
