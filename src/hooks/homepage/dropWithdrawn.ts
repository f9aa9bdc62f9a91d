import type { GlobalAfterReadHook } from 'payload'
import { isStaff } from '../../access/roles'

type Ref = number | string | { id: number | string } | null | undefined
const idOf = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : ref)

/** A withdrawn article leaves the homepage for readers, though editors still see what they had chosen. */
export const dropWithdrawnFromHomepage: GlobalAfterReadHook = async ({ doc, req }) => {
  if (isStaff(req.user)) return doc
  const chosen = [doc.leadArticle as Ref, ...((doc.featuredArticles ?? []) as Ref[])].map(idOf).filter((id) => id != null)
  if (chosen.length === 0) return doc
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: chosen } }, { workflowState: { equals: 'withdrawn' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  const withdrawn = new Set(docs.map((article) => String(article.id)))
  const keep = (ref: Ref) => ref != null && !withdrawn.has(String(idOf(ref)))
  return {
    ...doc,
    leadArticle: keep(doc.leadArticle as Ref) ? doc.leadArticle : null,
    featuredArticles: ((doc.featuredArticles ?? []) as Ref[]).filter(keep),
  }
}
