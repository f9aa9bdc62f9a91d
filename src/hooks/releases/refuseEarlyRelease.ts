import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { itemStatuses, type ReleaseItem } from '../../releases/itemStatus'

type Release = { id: number | string; publishAt?: string | null; items?: ReleaseItem[] | null; embargoOverrideReason?: string | null; state?: string | null }

/**
 * A release planned for a time before one of its items' own scheduled time would break that item's embargo: it is
 * refused on save, naming the item and its time, unless an editor records why the embargo may be lifted.
 */
export const refuseEarlyRelease: CollectionBeforeChangeHook<Release> = async ({ data, originalDoc, req }) => {
  const release = { ...originalDoc, ...data }
  if (release.state === 'published' || !release.publishAt || release.embargoOverrideReason?.trim()) return data
  const goesPublic = new Date(release.publishAt).getTime()
  const early = (await itemStatuses(req, (release.items ?? []) as ReleaseItem[])).filter(
    (item) => item.scheduledFor && new Date(item.scheduledFor).getTime() > goesPublic,
  )
  if (early.length === 0) return data
  throw new ValidationError({
    errors: [
      {
        path: 'publishAt',
        message: `This release would publish before the time its items were scheduled for: ${early
          .map((item) => `"${item.title}" (${item.scheduledFor})`)
          .join(', ')}. Move the release, or record why the embargo may be lifted.`,
      },
    ],
  })
}
