import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig, Endpoint } from 'payload'
import { jsonLdEndpoint } from '../delivery/jsonLd'
import { auditChanges, auditDeletion } from '../hooks/audit/auditChanges'
import { explainRefusal } from '../hooks/explainRefusal'
import { indexSearchText } from '../hooks/search/indexSearchText'
import { listOnlyLiveLocaleWithoutFallback, recordLiveLocales, serveLiveLocale } from '../hooks/translation/localePublication'
import { restrictTranslators } from '../hooks/translation/restrictTranslators'
import { trackTranslation } from '../hooks/translation/trackTranslation'
import { duplicateAsDraft } from '../hooks/workflow/duplicateAsDraft'
import { guardPublication } from '../hooks/workflow/guardPublication'
import { hideWithdrawnFromLists } from '../hooks/workflow/hideWithdrawnFromLists'
import { refuseBareUnpublish } from '../hooks/workflow/refuseBareUnpublish'
import { refuseStaleWrite } from '../hooks/workflow/refuseStaleWrite'
import { recordCorrector, returnToReviewOnEdit } from '../hooks/workflow/returnToReviewOnEdit'
import { previewLinkEndpoint } from '../preview/endpoints'
import { previewPageEndpoint } from '../preview/page'
import { localesEndpoint } from '../translation/localesEndpoint'
import { translationStartEndpoint } from '../translation/startEndpoint'
import { documentXliffEndpoint } from '../translation/xliff/endpoints'
import { announceContentChange, announceDeletion } from '../webhooks/events'
import { workflowEndpoints } from './endpoints'
import type { WorkflowCollection } from './fire'
import { discardUntouchedEndpoint } from './untouchedDraft'

type Own = { beforeChange?: CollectionBeforeChangeHook[]; beforeDelete?: CollectionBeforeDeleteHook[] }

/**
 * The hooks every document under the editorial workflow shares (articles, launch events): permissions, stale
 * writes, translators, translation status, per-locale publication, search, the publication gate, audit and webhooks. A collection's own
 * beforeChange hooks run after search indexing and before the publication gate.
 */
export const editorialHooks = (slug: WorkflowCollection, own: Own = {}): CollectionConfig['hooks'] => ({
  beforeOperation: [explainRefusal(slug), duplicateAsDraft, refuseStaleWrite, refuseBareUnpublish, hideWithdrawnFromLists, listOnlyLiveLocaleWithoutFallback],
  beforeChange: [restrictTranslators, returnToReviewOnEdit, recordCorrector, trackTranslation, recordLiveLocales, indexSearchText, ...(own.beforeChange ?? []), guardPublication],
  afterRead: [serveLiveLocale],
  afterChange: [auditChanges, announceContentChange],
  beforeDelete: own.beforeDelete ?? [],
  afterDelete: [auditDeletion, announceDeletion],
})

/** Locale metadata, XLIFF export, JSON-LD, workflow transitions and preview links. */
export const editorialEndpoints = (slug: WorkflowCollection): Endpoint[] => [
  localesEndpoint(slug),
  documentXliffEndpoint(slug),
  jsonLdEndpoint(slug),
  ...workflowEndpoints(slug),
  previewLinkEndpoint(slug),
  previewPageEndpoint(slug),
  translationStartEndpoint(slug),
  discardUntouchedEndpoint(slug),
]
