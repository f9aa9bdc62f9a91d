import type { RequestHandler } from 'express'
import { buildSchema, type DocumentNode, GraphQLError, Kind, NoFragmentCyclesRule, OperationTypeNode, parse, validate } from 'graphql'
import { readBodyOnce } from './replay'

const MAX_GRAPHQL_BODY_BYTES = 2 * 1024 * 1024

// The rules that need no schema run against a placeholder one; Payload validates the rest against the real schema.
const placeholderSchema = buildSchema('type Query { _: Boolean }')

const badRequest = (message: string) => ({ status: 400, body: { errors: [{ message }] } })

/** What is wrong with a GraphQL request body, if anything Payload's handler would turn into a 500. */
export function graphqlBodyProblem(body: Buffer): ReturnType<typeof badRequest> | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return badRequest('The GraphQL request body is not valid JSON: send {"query": "…", "variables": {…}}.')
  }
  const { query, variables, operationName } = (parsed ?? {}) as Record<string, unknown>
  if (typeof parsed !== 'object' || Array.isArray(parsed) || typeof query !== 'string') {
    return badRequest('A GraphQL request is a JSON object with a "query" string.')
  }
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return badRequest('GraphQL "variables" must be a JSON object.')
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return badRequest('GraphQL "operationName" must be a string.')
  }
  return analyseQuery(query).problem
}

/** What the edge needs to know of a query: whether it is refused, and whether it only reads (cacheable). */
export type QueryAnalysis = { problem?: ReturnType<typeof badRequest>; readOnly: boolean }

const analyses = new Map<string, QueryAnalysis>()
const MAX_ANALYSES = 500

/** Front ends send the same few queries over and over: each is parsed and checked once, for the guard and the cache. */
export function analyseQuery(query: string): QueryAnalysis {
  const known = analyses.get(query)
  if (known) return known
  const analysis = examine(query)
  if (analyses.size >= MAX_ANALYSES) analyses.delete(analyses.keys().next().value as string)
  analyses.set(query, analysis)
  return analysis
}

function examine(query: string): QueryAnalysis {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch (error) {
    return { problem: badRequest(error instanceof GraphQLError ? error.message : 'The GraphQL query cannot be parsed.'), readOnly: false }
  }
  const [cycle] = validate(placeholderSchema, document, [NoFragmentCyclesRule])
  if (cycle) return { problem: badRequest(cycle.message), readOnly: false }
  const readOnly = document.definitions.every(
    (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === OperationTypeNode.QUERY,
  )
  return { readOnly }
}

/** GraphQL POSTs are read and checked before Payload runs them; Next is handed a replay of the body. */
export const guardGraphqlBodies: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.path !== '/graphql' || !req.is('application/json')) return next()
  readBodyOnce(req, res, MAX_GRAPHQL_BODY_BYTES).then((body) => {
    if (!body) return void res.status(413).json({ errors: [{ message: `A GraphQL request is limited to ${MAX_GRAPHQL_BODY_BYTES / 1024 / 1024} MB.` }] })
    const problem = graphqlBodyProblem(body)
    if (problem) return void res.status(problem.status).json(problem.body)
    next()
  }, next)
}
