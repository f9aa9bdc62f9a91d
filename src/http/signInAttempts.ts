import type { Request, Response } from 'express'
import { Kind, type ArgumentNode, OperationTypeNode, parse, type ValueNode } from 'graphql'
import { readBodyOnce } from './replay'

/** What a request that tries credentials is: its kind, and the account it names when it names one. */
export type SignInAttempt = { kind: 'login' | 'password'; account?: string }

const MAX_SIGN_IN_BODY_BYTES = 256 * 1024

/** Every REST route of the users collection that takes a password or a secret token. */
const REST_ROUTES: Record<string, SignInAttempt['kind']> = {
  '/users/login': 'login',
  '/users/first-register': 'login',
  '/users/forgot-password': 'password',
  '/users/reset-password': 'password',
}

/** The same operations in GraphQL, named after the users collection. */
const GRAPHQL_FIELDS: Record<string, SignInAttempt['kind']> = {
  loginUser: 'login',
  forgotPasswordUser: 'password',
  resetPasswordUser: 'password',
}

/** A sign-in request refused before any credential is tried, with the status it is answered with. */
export class SignInRefusal extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}

const normalizeAccount = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined

/** The credentials a REST sign-in carries: JSON, or the admin's multipart form with its `_payload` field. */
async function restAccount(req: Request, body: Buffer): Promise<string | undefined> {
  let data: unknown
  if (req.is('application/json')) {
    try {
      data = JSON.parse(body.toString('utf8'))
    } catch {
      return undefined
    }
  } else if (req.is('multipart/form-data')) {
    const form = await new Request('http://newsroom.local', { method: 'POST', headers: { 'content-type': String(req.headers['content-type']) }, body: new Uint8Array(body) }).formData().catch(() => undefined)
    const payload = form?.get('_payload')
    try {
      data = typeof payload === 'string' ? JSON.parse(payload) : undefined
    } catch {
      return undefined
    }
  }
  return normalizeAccount((data as { email?: unknown } | undefined)?.email)
}

function literalOrVariable(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!value) return undefined
  if (value.kind === Kind.STRING) return value.value
  if (value.kind === Kind.VARIABLE) return variables[value.name.value]
  return undefined
}

/** The sign-in fields of a GraphQL document: at most one is allowed per request, so each request is one attempt. */
function graphqlAttempt(body: Buffer): SignInAttempt | undefined {
  let parsed: { query?: unknown; variables?: unknown }
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof parsed?.query !== 'string' || !/(loginUser|PasswordUser)/.test(parsed.query)) return undefined
  let document
  try {
    document = parse(parsed.query)
  } catch {
    return undefined
  }
  const variables = (parsed.variables && typeof parsed.variables === 'object' ? parsed.variables : {}) as Record<string, unknown>
  const found: SignInAttempt[] = []
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== OperationTypeNode.MUTATION) continue
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || !GRAPHQL_FIELDS[selection.name.value]) continue
      const email = (selection.arguments ?? []).find((argument: ArgumentNode) => argument.name.value === 'email')
      found.push({ kind: GRAPHQL_FIELDS[selection.name.value] as SignInAttempt['kind'], account: normalizeAccount(literalOrVariable(email?.value, variables)) })
    }
  }
  if (found.length > 1) throw new SignInRefusal('One sign-in or password operation per request: send them one at a time.')
  return found[0]
}

/** Whether this request tries credentials, and for which account; reads (and keeps, for Next) the body when needed. */
export async function signInAttemptOf(req: Request, res: Response): Promise<SignInAttempt | undefined> {
  if (req.method !== 'POST') return undefined
  const restKind = REST_ROUTES[req.path]
  if (!restKind && req.path !== '/graphql') return undefined
  const body = await readBodyOnce(req, res, MAX_SIGN_IN_BODY_BYTES)
  if (!body) throw new SignInRefusal(`A sign-in request is limited to ${MAX_SIGN_IN_BODY_BYTES / 1024} KB.`, 413)
  if (restKind) return { kind: restKind, account: restKind === 'login' ? await restAccount(req, body) : undefined }
  return graphqlAttempt(body)
}

/**
 * Whether a sign-in failed. REST says so with its status; GraphQL answers 200 with `errors`, so the answer of a
 * GraphQL attempt is watched as it is written.
 */
export function watchGraphqlAnswer(res: Response): void {
  const chunks: Buffer[] = []
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => Response
  const keep = (chunk: unknown) => {
    if (typeof chunk === 'string' || Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk as Uint8Array))
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk)
    return write(chunk, ...rest)
  }) as Response['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk && typeof chunk !== 'function') keep(chunk)
    try {
      res.locals.signInFailed = Boolean((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: unknown }).errors)
    } catch {
      res.locals.signInFailed = true
    }
    return end(chunk, ...rest)
  }) as Response['end']
}

export const signInFailed = (res: Response): boolean => res.statusCode >= 400 || res.locals.signInFailed === true
