import type { CollectionAfterChangeHook } from 'payload'

/** A planned release with a time goes public then, through the jobs queue (all or none, as by hand). */
export const scheduleRelease: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.state !== 'planned' || !doc.publishAt || doc.publishAt === previousDoc?.publishAt) return doc
  await req.payload.jobs.queue({ task: 'publishReleaseOnSchedule', input: { id: String(doc.id) }, waitUntil: new Date(doc.publishAt), req })
  return doc
}
