import {
  APIError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
} from 'payload'

/**
 * What a front end or an editor sends in `where`, `sort` and ids is checked against the collection's fields before
 * the database sees it, so that a malformed query is a 400 naming the problem rather than a database error (a 500).
 * Unknown paths and operators are left to Payload, which already answers them with a 400.
 */

type Resolved = { field: FlattenedField | 'id'; through: SanitizedCollectionConfig[] }
type Ctx = { req: PayloadRequest; config: SanitizedConfig; localeCodes: Set<string> }

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const COMPARISONS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const MAX_WHERE_DEPTH = 12

const refuse = (message: string, path?: string): APIError => new APIError(message, 400, path ? { path } : null, true)

const collectionOf = (config: SanitizedConfig, slug: string) => config.collections.find((collection) => collection.slug === slug)

/** Follows a dotted path through groups, tabs, arrays and relationships to the field it names. */
function resolve(path: string, collection: SanitizedCollectionConfig, ctx: Ctx): Resolved | undefined {
  const segments = path.split('.')
  let fields = collection.flattenedFields
  const through: SanitizedCollectionConfig[] = []
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as string
    const field = fields.find((candidate) => candidate.name === segment)
    if (!field) return segment === 'id' && index === segments.length - 1 ? { field: 'id', through } : undefined
    let next = index + 1
    if ('localized' in field && field.localized && ctx.localeCodes.has(segments[next] ?? '')) next++
    if (next >= segments.length) return { field, through }
    index = next - 1
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      fields = field.flattenedFields
    } else if (field.type === 'richText' || field.type === 'json') {
      throw refuse(`"${path}" looks inside ${field.type === 'richText' ? 'rich text' : 'JSON'}, which cannot be filtered or sorted by its parts.`, path)
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const target = collectionOf(ctx.config, field.relationTo)
      if (!target) return undefined
      through.push(target)
      fields = target.flattenedFields
    } else {
      return undefined
    }
  }
  return undefined
}

const isIdField = (field: FlattenedField | 'id'): boolean =>
  field === 'id' || field.type === 'relationship' || field.type === 'upload' || field.type === 'join'

function validId(value: unknown, ctx: Ctx): boolean {
  if (value === null || value === 'null') return true
  if (typeof value === 'object') return true
  const text = String(value)
  if (ctx.req.payload.db.defaultIDType === 'number') return /^-?\d{1,15}$/.test(text)
  return /^[0-9a-f]{24}$/i.test(text)
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

function checkValue(path: string, operator: string, value: unknown, field: FlattenedField | 'id', ctx: Ctx): void {
  if (operator === 'exists') {
    if (![true, false, 'true', 'false'].includes(value as never)) throw refuse(`"${path}[exists]" takes true or false, not "${String(value)}".`, path)
    return
  }
  const values = LIST_OPERATORS.has(operator) ? listOf(value) : [value]
  const type = field === 'id' ? 'id' : field.type
  if (GEO_OPERATORS.has(operator) && type !== 'point') {
    throw refuse(`"${operator}" compares places; "${path}" is not a location.`, path)
  }
  for (const one of values) {
    if (one === null || one === undefined || typeof one === 'object') continue
    if (type === 'number') {
      if (operator === 'like' || operator === 'not_like') continue
      if (!Number.isFinite(Number(one)) || String(one).trim() === '') throw refuse(`"${path}" is a number: "${String(one)}" is not a finite number.`, path)
    } else if (type === 'date') {
      if (operator === 'like' || operator === 'not_like' || operator === 'contains') continue
      if (Number.isNaN(Date.parse(String(one)))) throw refuse(`"${path}" is a date: "${String(one)}" is not a date (use ISO 8601, e.g. 2026-01-14T09:00:00Z).`, path)
    } else if (isIdField(field)) {
      if (operator === 'like' || operator === 'not_like' || operator === 'contains' || COMPARISONS.has(operator)) continue
      if (!validId(one, ctx)) throw refuse(`"${path}" holds document ids: "${String(one)}" is not one.`, path)
    }
  }
}

function checkWhere(where: unknown, collection: SanitizedCollectionConfig, ctx: Ctx, prefix: string, depth = 0): void {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return
  if (depth > MAX_WHERE_DEPTH) throw refuse(`The filter is nested more than ${MAX_WHERE_DEPTH} levels deep.`)
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      for (const part of Array.isArray(condition) ? condition : Object.values(condition ?? {})) checkWhere(part, collection, ctx, prefix, depth + 1)
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    const path = prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key
    const resolved = resolve(path, collection, ctx)
    if (!resolved) continue
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) checkValue(key, operator, value, resolved.field, ctx)
  }
}

/** May the caller read this field? Sorting by a field one cannot read would let its order leak its content. */
async function readable(field: FlattenedField | 'id', ctx: Ctx): Promise<boolean> {
  if (field === 'id') return true
  if ('hidden' in field && field.hidden) return false
  const access = field.access?.read
  return access ? Boolean(await access({ req: ctx.req, doc: undefined, siblingData: undefined, data: undefined } as never)) : true
}

async function checkSort(sort: unknown, collection: SanitizedCollectionConfig, ctx: Ctx, prefix: string): Promise<void> {
  const paths = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((entry) => String(entry).trim().replace(/^-/, ''))
  for (const raw of paths.filter(Boolean)) {
    const path = prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw
    const resolved = resolve(path, collection, ctx)
    if (!resolved) continue
    const visible = resolved.through.length === 0 || (await Promise.all(resolved.through.map((target) => target.access.read({ req: ctx.req } as never)))).every(Boolean)
    if (!visible || !(await readable(resolved.field, ctx))) throw refuse(`You may not sort by "${raw}": you cannot read that field.`, raw)
  }
}

const VERSION_OPERATIONS = new Set(['findVersions', 'countVersions', 'findVersionByID'])

const refuseMalformedQuery =
  (config: SanitizedConfig): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (!req) return args
    const ctx: Ctx = { req, config, localeCodes: new Set(config.localization ? config.localization.localeCodes : []) }
    const prefix = VERSION_OPERATIONS.has(operation) ? 'version.' : ''
    if (operation === 'create' && req.locale === 'all') {
      throw refuse('A document is created in one language (locale=fr, for example); then write the others one by one, or all at once with PATCH ?locale=all.')
    }
    const input = args as { id?: unknown; where?: unknown; sort?: unknown; overrideAccess?: boolean }
    if (input.id !== undefined && !VERSION_OPERATIONS.has(operation) && !validId(input.id, ctx)) {
      throw refuse(`"${String(input.id)}" is not a document id.`, 'id')
    }
    checkWhere(input.where, collection, ctx, prefix)
    if (!input.overrideAccess) await checkSort(input.sort, collection, ctx, prefix)
    return args
  }

/** Adds the query check to every collection, Payload's own included (they are added after plugins run). */
export function refuseMalformedQueries(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseMalformedQuery(config), ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
