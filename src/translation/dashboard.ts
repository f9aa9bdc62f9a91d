import { APIError, type Payload, type PayloadRequest } from 'payload'
import { roleOf } from '../access/roles'
import { type ContentLocale, isContentLocale, localeCodes } from '../localization'
import type { User } from '../payload-types'
import { SOURCE_LOCALE, TRANSLATION_STATES } from './fingerprint'
import { translationStateIn } from './readiness'
import { requestCopy } from '../requestCopy'

export const BOARD_COLLECTIONS = ['articles', 'launch-events', 'quotes'] as const
export type BoardCollection = (typeof BOARD_COLLECTIONS)[number]
export const BOARD_STATES = TRANSLATION_STATES
export type BoardState = (typeof BOARD_STATES)[number]

export type BoardFilters = { locale?: string; status?: string; collection?: string }
export type BoardCell = { locale: ContentLocale; state: BoardState; editLink: string }
export type BoardRow = { collection: BoardCollection; id: number | string; title: string; workflowState?: string; liveLocales: string[]; cells: BoardCell[] }
export type Board = { locales: ContentLocale[]; rows: BoardRow[]; filters: { locale?: ContentLocale; status?: BoardState; collection?: BoardCollection }; assigned?: string[] }

const TITLE_FIELD: Record<BoardCollection, string> = { articles: 'title', 'launch-events': 'title', quotes: 'text' }
const MAX_ROWS_PER_COLLECTION = 200

const isIn = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value)

/**
 * The translations board: every document × target locale with its translation state ("outdated" computed), for
 * staff. A translator sees only the locales assigned to them; filters narrow to one locale, state or collection.
 */
export async function translationBoard(payload: Payload, req: PayloadRequest, asked: BoardFilters): Promise<Board> {
  const user = req.user as User | null
  const role = roleOf(user)
  if (!role) throw new APIError('Sign in to see the translations board.', 401, null, true)
  const assigned = role === 'translator' ? ((user?.translatorLocales ?? []) as string[]) : undefined
  const targets = localeCodes.filter((code) => code !== SOURCE_LOCALE && (!assigned || assigned.includes(code)))
  const filters = {
    locale: isContentLocale(asked.locale) && targets.includes(asked.locale) ? asked.locale : undefined,
    status: isIn(BOARD_STATES, asked.status) ? asked.status : undefined,
    collection: isIn(BOARD_COLLECTIONS, asked.collection) ? asked.collection : undefined,
  }
  const locales = filters.locale ? [filters.locale] : targets
  const rows: BoardRow[] = []
  for (const collection of BOARD_COLLECTIONS) {
    if (filters.collection && filters.collection !== collection) continue
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      limit: MAX_ROWS_PER_COLLECTION,
      sort: '-updatedAt',
      overrideAccess: false,
      req: requestCopy(req),
    })
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number | string }>) {
      const titles = (doc[TITLE_FIELD[collection]] ?? {}) as Record<string, string | undefined>
      const cells = locales.map((locale) => ({
        locale,
        state: translationStateIn(doc, locale) as BoardState,
        editLink: `/admin/collections/${collection}/${doc.id}?locale=${locale}`,
      }))
      if (filters.status && !cells.some((cell) => cell.state === filters.status)) continue
      rows.push({
        collection,
        id: doc.id,
        title: titles[SOURCE_LOCALE] ?? Object.values(titles).find(Boolean) ?? `#${doc.id}`,
        workflowState: doc.workflowState as string | undefined,
        liveLocales: (doc.liveLocales as string[] | undefined) ?? [],
        cells,
      })
    }
  }
  return { locales, rows, filters, assigned }
}
