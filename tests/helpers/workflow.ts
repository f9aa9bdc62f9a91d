import { createLocalReq, type Payload } from 'payload'
import type { User } from '../../src/payload-types'
import { inTransaction } from '../../src/workflow/endpoints'
import { fireTransition, type TransitionRequest } from '../../src/workflow/fire'
import type { WorkflowAction } from '../../src/workflow/states'

/** A second editor, so that four eyes can be satisfied: one submits or approves, the other publishes. */
export const createSecondEditor = (payload: Payload): Promise<User> =>
  payload.create({
    collection: 'users',
    data: { email: 'editor2@newsroom.test', password: 'another careful passphrase', name: 'Nadia Editor', role: 'editor' },
  })

/** Fires a workflow transition as this user, exactly as the REST endpoint does. */
export async function fireAs(
  payload: Payload,
  user: User,
  action: WorkflowAction,
  id: number | string,
  extra: Partial<TransitionRequest> = {},
) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  return inTransaction(req, () => fireTransition(req, { collection: 'articles', id, action, ...extra }))
}

/** Runs due jobs until the condition holds (jobs wait for their time, and a loaded machine is slow). */
export async function runJobsUntil(payload: Payload, condition: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    await payload.jobs.run()
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the jobs queue did not bring the expected change within ${timeoutMs} ms`)
}

/**
 * Articles need their Arabic translation done before they are published (the readiness rule): this one gets a
 * short Arabic version, marked done, as a translator would leave it.
 */
export async function translateIntoArabic(payload: Payload, id: number | string, collection: 'articles' | 'launch-events' = 'articles'): Promise<void> {
  const source = (await payload.findByID({ collection, id, locale: 'fr', draft: true, depth: 0 })) as { body?: unknown }
  const body = source.body ? arabicWordsIn(source.body) : undefined
  await payload.update({ collection, id, locale: 'ar', draft: true, data: { title: `ترجمة المقال ${id}`, ...(body ? { body } : {}), translation: { status: 'done' } } as never })
}

/** A body with the source's structure (blocks, links) and every passage in other words, as a finished translation has. */
export function arabicWordsIn(body: unknown): unknown {
  let passage = 0
  const copy = structuredClone(body) as { root?: Record<string, unknown> }
  const walk = (node: Record<string, unknown>): void => {
    if (typeof node.text === 'string') node.text = `مقطع مترجم رقم ${++passage} من النص`
    for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) walk(child)
  }
  if (copy.root) walk(copy.root)
  return copy
}
