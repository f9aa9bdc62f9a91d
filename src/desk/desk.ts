import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { isStaff } from '../access/roles'
import { isEditorOrAdmin } from '../access/staff'
import { requiredLocales, translationStateIn } from '../translation/readiness'
import { type WorkflowCollection, workflowCollections } from '../workflow/fire'
import { formatNewsroomTime, NEWSROOM_TIME_ZONE, newsroomTimeToISO } from '../workflow/newsroomTime'
import { requestLanguage } from '../workflow/words'
import { requestCopy } from '../requestCopy'
import { idText } from '../ids'

export type DeskItem = {
  collection: WorkflowCollection
  id: number | string
  title: string
  state: string
  at: string | null
  atText: string | null
  note?: string
  locales?: string[]
  /** A major correction of a live document, waiting for a second editor to publish it. */
  correction?: boolean
}
export type Desk = {
  sentBack: DeskItem[]
  myDrafts: DeskItem[]
  toReview: DeskItem[]
  scheduledToday: DeskItem[]
  missingTranslations: DeskItem[]
  recentlyPublished: DeskItem[]
}

const PER_LIST = 10
type Doc = Record<string, unknown> & { id: number | string; title?: string; workflowState?: string; publishedAt?: string; editorial?: { publishAt?: string; reviewComment?: string; submittedBy?: number | string | { id: number | string } } }

/** Today in Casablanca, as the moments it starts and ends. */
function newsroomToday(now = new Date()): { from: string; to: string } {
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: NEWSROOM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
  const next = new Date(`${day}T12:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return { from: newsroomTimeToISO(`${day}T00:00`) as string, to: newsroomTimeToISO(`${next.toISOString().slice(0, 10)}T00:00`) as string }
}

/**
 * "What needs me now", for the signed-in person: what a reviewer sent back to them, their drafts, what waits for
 * their review (editors), what goes live today, what cannot go out for want of a translation, and what went out last.
 * Every list is read as that person (their access applies).
 */
export async function deskOf(req: PayloadRequest): Promise<Desk> {
  const me = req.user?.id as number | string
  const language = requestLanguage(req.headers)
  const editor = isEditorOrAdmin(req.user)
  const today = newsroomToday()
  const desk: Desk = { sentBack: [], myDrafts: [], toReview: [], scheduledToday: [], missingTranslations: [], recentlyPublished: [] }
  for (const collection of workflowCollections) {
    const find = async (where: Where, sort: string, allLocales = false) =>
      (
        await req.payload.find({
          collection,
          where,
          sort,
          limit: PER_LIST,
          draft: true,
          depth: 0,
          locale: allLocales ? 'all' : 'fr',
          overrideAccess: false,
          user: req.user,
          req: requestCopy(req),
        })
      ).docs as unknown as Doc[]
    const item = (doc: Doc, at: string | null = null, extra: Partial<DeskItem> = {}): DeskItem => {
      const title = typeof doc.title === 'object' && doc.title ? ((doc.title as Record<string, string>).fr ?? '') : String(doc.title ?? '')
      return { collection, id: doc.id, title, state: doc.workflowState ?? 'draft', at, atText: at ? formatNewsroomTime(at, language) : null, ...extra }
    }
    // Articles have authors; launch events are the editors' own.
    const drafts: Where | null = collection === 'articles' ? { and: [{ authors: { contains: me } }, { workflowState: { equals: 'draft' } }] } : editor ? { workflowState: { equals: 'draft' } } : null
    for (const doc of drafts ? await find(drafts, '-updatedAt') : []) {
      const comment = doc.editorial?.reviewComment
      if (comment) desk.sentBack.push(item(doc, null, { note: comment }))
      else desk.myDrafts.push(item(doc, (doc.updatedAt as string) ?? null))
    }
    if (editor) {
      for (const doc of await find({ workflowState: { equals: 'submitted' } }, 'editorial.submittedAt')) {
        if (idText(doc.editorial?.submittedBy) !== String(me)) desk.toReview.push(item(doc, (doc.editorial as { submittedAt?: string })?.submittedAt ?? null))
      }
      const corrections: Where = { and: [{ workflowState: { equals: 'published' } }, { changeKind: { equals: 'major' } }, { 'editorial.correctedBy': { exists: true } }, { 'editorial.correctedBy': { not_equals: me } }] }
      for (const doc of await find(corrections, '-updatedAt')) {
        desk.toReview.push(item(doc, (doc.updatedAt as string) ?? null, { correction: true, note: typeof doc.changeNote === 'string' ? doc.changeNote : undefined }))
      }
    }
    const scheduled: Where = { and: [{ workflowState: { equals: 'scheduled' } }, { 'editorial.publishAt': { greater_than_equal: today.from } }, { 'editorial.publishAt': { less_than: today.to } }] }
    for (const doc of await find(scheduled, 'editorial.publishAt')) desk.scheduledToday.push(item(doc, doc.editorial?.publishAt ?? null))
    const required = (await requiredLocales(req, collection)).filter((locale) => locale !== 'fr')
    if (required.length > 0) {
      for (const doc of await find({ workflowState: { in: ['draft', 'submitted', 'approved'] } }, '-updatedAt', true)) {
        const waiting = required.filter((locale) => translationStateIn(doc, locale) !== 'done')
        if (waiting.length > 0) desk.missingTranslations.push(item(doc, null, { locales: waiting }))
      }
    }
    const latest = collection === 'articles' ? '-publishedAt' : '-updatedAt'
    for (const doc of await find({ workflowState: { equals: 'published' } }, latest)) desk.recentlyPublished.push(item(doc, doc.publishedAt ?? (doc.updatedAt as string) ?? null))
  }
  desk.recentlyPublished = desk.recentlyPublished.sort((a, b) => String(b.at).localeCompare(String(a.at))).slice(0, PER_LIST)
  return desk
}

/** `GET /api/desk`: the signed-in person's desk (the admin dashboard shows it). */
export const deskEndpoint: Endpoint = {
  path: '/desk',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new APIError('Sign in to see your desk.', 401, null, true)
    return Response.json(await deskOf(req), { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
