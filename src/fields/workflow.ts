import type { Field, FieldAccess } from 'payload'
import { staffOnlyField } from '../access/permissions'
import { startsEmpty } from './duplicate'
import { PUBLICLY_VISIBLE_STATES, workflowStates } from '../workflow/states'
import { stateLabels, withdrawalReasons } from '../workflow/words'

/** Set only by the workflow itself (transitions, jobs): a client sending these values has them ignored. */
const onlyTheWorkflow: FieldAccess = () => false


/** The editorial state, shown first in the sidebar with the transitions the user may fire. */
export const workflowStateField: Field = {
  name: 'workflowState',
  type: 'select',
  defaultValue: 'draft',
  index: true,
  options: workflowStates.map((value) => ({ value, label: stateLabels[value] })),
  label: { en: 'Editorial state', fr: 'État éditorial', ar: 'الحالة التحريرية' },
  access: { create: onlyTheWorkflow, update: onlyTheWorkflow },
  hooks: { beforeDuplicate: [startsEmpty('draft')] },
  admin: { position: 'sidebar', readOnly: true, components: { Field: '/src/components/WorkflowPanel#WorkflowPanel' } },
}

/** The rest of the workflow's fields: the review trail (staff only), withdrawal and public corrections. */
export const workflowFields = (): Field[] => [
  {
    name: 'editorial',
    type: 'group',
    label: { en: 'Review trail', fr: 'Suivi de relecture', ar: 'مسار المراجعة' },
    access: { read: staffOnlyField, create: onlyTheWorkflow, update: onlyTheWorkflow },
    hooks: { beforeDuplicate: [startsEmpty({})] },
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: { en: 'Submitted by', fr: 'Soumis par', ar: 'قدّمه' } },
      { name: 'submittedAt', type: 'date', label: { en: 'Submitted on', fr: 'Soumis le', ar: 'قُدّم في' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'reviewedBy', type: 'relationship', relationTo: 'users', label: { en: 'Reviewed by', fr: 'Relu par', ar: 'راجعه' } },
      {
        name: 'correctedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { en: 'Correction by', fr: 'Correction par', ar: 'صحّحه' },
        admin: { condition: (data) => Boolean(data?.editorial?.correctedBy) },
      },
      { name: 'reviewComment', type: 'textarea', label: { en: "Reviewer's comment", fr: 'Commentaire de relecture', ar: 'ملاحظة المراجع' } },
      {
        name: 'forcePublishReason',
        type: 'textarea',
        label: { en: 'Force-publish reason', fr: 'Motif de publication forcée', ar: 'سبب النشر الاستثنائي' },
      },
      { name: 'publishAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Publish at', fr: 'Publier le', ar: 'النشر في' } },
      { name: 'unpublishAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Unpublish at', fr: 'Dépublier le', ar: 'إلغاء النشر في' } },
      { name: 'jobError', type: 'text', label: { en: 'Last scheduled job error', fr: 'Dernière erreur de programmation', ar: 'آخر خطأ في البرمجة' } },
    ],
  },
  {
    name: 'withdrawal',
    type: 'group',
    label: { en: 'Withdrawal', fr: 'Retrait', ar: 'السحب' },
    access: { create: onlyTheWorkflow, update: onlyTheWorkflow },
    hooks: { beforeDuplicate: [startsEmpty({})] },
    admin: { readOnly: true, condition: (data) => data?.workflowState === 'withdrawn' },
    fields: [
      { name: 'withdrawnAt', type: 'date', label: { en: 'Withdrawn on', fr: 'Retiré le', ar: 'سُحب في' } },
      { name: 'reason', type: 'select', options: withdrawalReasons, label: { en: 'Reason', fr: 'Motif', ar: 'السبب' } },
      { name: 'explanation', type: 'textarea', localized: true, label: { en: 'Public explanation', fr: 'Explication publique', ar: 'التوضيح العلني' } },
    ],
  },
  {
    name: 'changeKind',
    type: 'select',
    options: [
      { value: 'minor', label: { en: 'Minor (typo, formatting)', fr: 'Mineure (coquille, mise en forme)', ar: 'طفيف' } },
      { value: 'major', label: { en: 'Major (facts changed)', fr: 'Majeure (faits modifiés)', ar: 'جوهري' } },
    ],
    label: { en: 'This change to published content is', fr: 'Cette modification du contenu publié est', ar: 'هذا التعديل على المحتوى المنشور' },
    access: { read: staffOnlyField },
    hooks: { beforeDuplicate: [startsEmpty()] },
    admin: { position: 'sidebar', condition: (data) => PUBLICLY_VISIBLE_STATES.includes(data?.workflowState) },
  },
  {
    name: 'changeNote',
    type: 'textarea',
    localized: true,
    label: { en: 'Public change note', fr: 'Note de modification publique', ar: 'ملاحظة التعديل العلنية' },
    access: { read: staffOnlyField },
    hooks: { beforeDuplicate: [startsEmpty()] },
    admin: { position: 'sidebar', condition: (data) => data?.changeKind === 'major' },
  },
  {
    name: 'changeHistory',
    type: 'array',
    label: { en: 'Public change history', fr: 'Historique public des modifications', ar: 'سجل التعديلات العلني' },
    labels: { singular: { en: 'Correction', fr: 'Correction', ar: 'تصحيح' }, plural: { en: 'Corrections', fr: 'Corrections', ar: 'التصحيحات' } },
    access: { create: onlyTheWorkflow, update: onlyTheWorkflow },
    hooks: { beforeDuplicate: [startsEmpty([])] },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      { name: 'at', type: 'date', required: true, label: { en: 'On', fr: 'Le', ar: 'في' } },
      { name: 'note', type: 'textarea', localized: true, label: { en: 'Note', fr: 'Note', ar: 'ملاحظة' } },
    ],
  },
]

/** First in the form: the reviewer's comment on a document sent back, until it is resubmitted. */
export const reviewNoticeField: Field = {
  name: 'reviewNotice',
  type: 'ui',
  admin: { components: { Field: '/src/components/ReviewNotice#ReviewNotice' } },
}

/** The document header of editorial documents: their editorial status, and only the buttons that can succeed. */
export const editorialEditComponents = {
  PublishButton: '/src/components/GuardedPublishButton#GuardedPublishButton',
  UnpublishButton: '/src/components/GuardedPublishButton#NoUnpublishButton',
  Status: '/src/components/EditorialStatus#EditorialStatus',
  beforeDocumentControls: ['/src/components/DiscardUntouched#DiscardUntouched'],
}
