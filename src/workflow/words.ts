/**
 * Every word the editorial workflow says to people (panel, dialogs, refusals), in the admin's languages. The
 * server answers refusals in the language the person's admin uses; the panel reads the same catalogue.
 * Pure data and small functions: safe to import from client components.
 */
import type { WorkflowAction, WorkflowState } from './states'

export const adminLanguages = ['fr', 'ar', 'en'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

export const isAdminLanguage = (value: unknown): value is AdminLanguage =>
  typeof value === 'string' && (adminLanguages as readonly string[]).includes(value)

type Each<T> = Record<AdminLanguage, T>

/** The states as the lists, the panel and the refusals name them. */
export const stateLabels: Record<WorkflowState, Each<string>> = {
  draft: { en: 'Draft', fr: 'Brouillon', ar: 'مسودة' },
  submitted: { en: 'Submitted for review', fr: 'Soumis à relecture', ar: 'مقدم للمراجعة' },
  approved: { en: 'Approved', fr: 'Approuvé', ar: 'مصادق عليه' },
  scheduled: { en: 'Scheduled', fr: 'Programmé', ar: 'مبرمج' },
  published: { en: 'Published', fr: 'Publié', ar: 'منشور' },
  withdrawn: { en: 'Withdrawn', fr: 'Retiré', ar: 'مسحوب' },
}

/** Why a document was withdrawn: the options of the withdrawal dialog and of the stored field. */
export const withdrawalReasons: Array<{ value: string; label: Each<string> }> = [
  { value: 'published-in-error', label: { en: 'Published in error', fr: 'Publié par erreur', ar: 'نُشر عن طريق الخطأ' } },
  { value: 'no-longer-current', label: { en: 'No longer current', fr: "N'est plus d'actualité", ar: 'لم يعد محيّنًا' } },
  { value: 'superseded', label: { en: 'Superseded', fr: 'Remplacé', ar: 'تم تعويضه' } },
  { value: 'archived', label: { en: 'Archived', fr: 'Archivé', ar: 'مؤرشف' } },
]

/** Where a translation stands, as the panel, the board and the translation field name it. */
export const translationStateLabels: Record<string, Each<string>> = {
  source: { en: 'Source', fr: 'Source', ar: 'المصدر' },
  missing: { en: 'Missing', fr: 'Manquante', ar: 'غير موجودة' },
  'in-progress': { en: 'In progress', fr: 'En cours', ar: 'قيد الإنجاز' },
  'in-review': { en: 'In review', fr: 'En relecture', ar: 'قيد المراجعة' },
  done: { en: 'Done', fr: 'Terminée', ar: 'منجزة' },
  outdated: { en: 'Outdated', fr: 'À mettre à jour', ar: 'متجاوزة' },
}

export const actionLabels: Record<WorkflowAction, Each<string>> = {
  submit: { en: 'Submit for review', fr: 'Soumettre à relecture', ar: 'تقديم للمراجعة' },
  approve: { en: 'Approve', fr: 'Approuver', ar: 'المصادقة' },
  reject: { en: 'Send back…', fr: 'Renvoyer à l’auteur…', ar: 'إرجاع إلى الكاتب…' },
  publish: { en: 'Publish now', fr: 'Publier maintenant', ar: 'النشر الآن' },
  schedule: { en: 'Schedule…', fr: 'Programmer…', ar: 'برمجة النشر…' },
  forcePublish: { en: 'Publish without review…', fr: 'Publier sans relecture…', ar: 'النشر دون مراجعة…' },
  withdraw: { en: 'Withdraw…', fr: 'Retirer…', ar: 'سحب…' },
  unpublish: { en: 'Unpublish', fr: 'Dépublier', ar: 'إلغاء النشر' },
}

const roleNames: Record<string, Each<string>> = {
  admin: { en: 'administrators', fr: 'administrateurs', ar: 'مسؤولي النظام' },
  editor: { en: 'editors', fr: 'rédacteurs en chef', ar: 'المحررين' },
  author: { en: 'authors', fr: 'auteurs', ar: 'الكتّاب' },
  translator: { en: 'translators', fr: 'traducteurs', ar: 'المترجمين' },
}

const or: Each<string> = { en: ' or ', fr: ' ou ', ar: ' أو ' }
const and: Each<string> = { en: ' and ', fr: ' et ', ar: ' و' }
const comma: Each<string> = { en: ', ', fr: ', ', ar: '، ' }

/** "a, b and c" in the admin's language. */
const listOf = (items: string[], language: AdminLanguage): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(comma[language])}${and[language]}${items.at(-1)}`

const action = (name: WorkflowAction, language: AdminLanguage) => actionLabels[name][language].replace('…', '')
const state = (name: WorkflowState, language: AdminLanguage) => stateLabels[name][language]

/** Refusals of the workflow, each naming what to do instead. */
export const refusals = {
  wrongState: (language: AdminLanguage, name: WorkflowAction, current: WorkflowState, from: readonly WorkflowState[]) => {
    const needed = from.map((entry) => `« ${state(entry, language)} »`).join(or[language])
    return {
      en: `"${action(name, 'en')}" is not possible while the document is ${state(current, 'en')}: it needs a document that is ${from.map((entry) => state(entry, 'en')).join(' or ')}.`,
      fr: `« ${action(name, 'fr')} » est impossible tant que le document est « ${state(current, 'fr')} » : il doit être ${needed}.`,
      ar: `لا يمكن «${action(name, 'ar')}» والوثيقة في حالة «${state(current, 'ar')}»: يجب أن تكون ${needed}.`,
    }[language]
  },
  wrongRole: (language: AdminLanguage, name: WorkflowAction, allowed: readonly string[]) => {
    const who = listOf(allowed.map((role) => roleNames[role]?.[language] ?? role), language)
    return {
      en: `Only ${who} may ${action(name, 'en').toLowerCase()} a document.`,
      fr: `Seuls les ${who} peuvent « ${action(name, 'fr')} ».`,
      ar: `وحدهم ${who} يمكنهم «${action(name, 'ar')}».`,
    }[language]
  },
  fourEyes: (language: AdminLanguage, name: WorkflowAction) =>
    ({
      en: `You submitted this document, so a second editor must ${action(name, 'en').toLowerCase()} it (an administrator may publish without review, giving a reason).`,
      fr: `Vous avez soumis ce document : un second rédacteur en chef doit « ${action(name, 'fr')} » (un administrateur peut publier sans relecture en donnant un motif).`,
      ar: `أنت من قدّم هذه الوثيقة، لذا يجب أن يتولى محرر ثانٍ «${action(name, 'ar')}» (يمكن لمسؤول النظام النشر دون مراجعة مع ذكر السبب).`,
    })[language],
  comment: { en: 'Say what must change before the document can be approved.', fr: 'Dites ce qui doit changer avant l’approbation.', ar: 'اذكر ما يجب تغييره قبل المصادقة.' },
  reason: {
    en: 'Publishing without review needs a written reason; it is recorded and shown on the document.',
    fr: 'Publier sans relecture demande un motif écrit ; il est enregistré et affiché sur le document.',
    ar: 'يتطلب النشر دون مراجعة سببًا مكتوبًا يُسجَّل ويظهر على الوثيقة.',
  },
  publishAt: { en: 'Scheduling needs a publication time in the future.', fr: 'La programmation demande une date de publication future.', ar: 'تتطلب البرمجة موعد نشر في المستقبل.' },
  unpublishAt: { en: 'The unpublication time must come after the publication time.', fr: 'La dépublication doit venir après la publication.', ar: 'يجب أن يأتي موعد إلغاء النشر بعد موعد النشر.' },
  withdrawalReason: { en: 'Choose why the document is withdrawn.', fr: 'Choisissez pourquoi le document est retiré.', ar: 'اختر سبب سحب الوثيقة.' },
  explanationNotLive: (language: AdminLanguage, locales: string[]) =>
    ({
      en: `The document is not published in ${locales.join(', ')}: an explanation there would never be read.`,
      fr: `Le document n’est pas publié en ${locales.join(', ')} : une explication dans cette langue ne serait jamais lue.`,
      ar: `الوثيقة غير منشورة بـ ${locales.join('، ')}: لن يقرأ أحد توضيحًا بهذه اللغة.`,
    })[language],
  withdrawalExplanation: {
    en: 'Write the public explanation shown to readers of the withdrawn document.',
    fr: 'Rédigez l’explication publique montrée aux lecteurs du document retiré.',
    ar: 'اكتب التوضيح العلني الذي يظهر لقراء الوثيقة المسحوبة.',
  },
  publishThroughWorkflow: {
    en: 'Publishing goes through the editorial workflow: submit the document, have a second editor approve it, then publish it.',
    fr: 'La publication passe par le circuit éditorial : soumettez le document, faites-le approuver par un second rédacteur en chef, puis publiez-le.',
    ar: 'يمر النشر عبر المسار التحريري: قدّم الوثيقة، ثم يصادق عليها محرر ثانٍ، ثم تُنشر.',
  },
  liveByEditorsOnly: {
    en: 'Only editors change published content.',
    fr: 'Seuls les rédacteurs en chef modifient un contenu publié.',
    ar: 'وحدهم المحررون يعدّلون المحتوى المنشور.',
  },
  changeKind: {
    en: 'Say whether this change to published content is minor or major.',
    fr: 'Indiquez si cette modification du contenu publié est mineure ou majeure.',
    ar: 'حدّد ما إذا كان هذا التعديل على المحتوى المنشور طفيفًا أم جوهريًا.',
  },
  majorCorrectionFourEyes: {
    en: 'You made this major correction: another editor reviews and publishes it. It is on their desk.',
    fr: 'Vous avez rédigé cette correction majeure : un autre rédacteur en chef la relit et la publie. Elle figure sur son bureau.',
    ar: 'أنت من كتب هذا التصحيح الجوهري: يراجعه محرر آخر وينشره. وهو معروض في مكتبه.',
  },
  changeNote: {
    en: 'A major change needs a public change note for readers.',
    fr: 'Une modification majeure demande une note publique pour les lecteurs.',
    ar: 'يتطلب التعديل الجوهري ملاحظة علنية للقراء.',
  },
} satisfies Record<string, Each<string> | ((language: AdminLanguage, ...rest: never[]) => string)>

/** The panel, its dialogs and its notices. */
export const panelWords = {
  editorialState: { en: 'Editorial state', fr: 'État éditorial', ar: 'الحالة التحريرية' },
  scheduledFor: { en: 'Goes live on', fr: 'Mise en ligne le', ar: 'يُنشر في' },
  translations: { en: 'Translations', fr: 'Traductions', ar: 'الترجمات' },
  neededBeforePublishing: { en: 'needed before publishing', fr: 'requise avant publication', ar: 'مطلوبة قبل النشر' },
  saveFirst: { en: 'Save the document to start its review.', fr: 'Enregistrez le document pour lancer sa relecture.', ar: 'احفظ الوثيقة لبدء مراجعتها.' },
  fourEyesHint: {
    en: 'You submitted this document: a second editor approves and publishes it.',
    fr: 'Vous avez soumis ce document : un second rédacteur en chef l’approuve et le publie.',
    ar: 'أنت من قدّم هذه الوثيقة: يصادق عليها محرر ثانٍ وينشرها.',
  },
  sentBack: { en: 'Sent back by the reviewer', fr: 'Renvoyé par le relecteur', ar: 'أعاده المراجع' },
  liveCorrection: {
    en: 'This document is live. Edit it, say whether the change is minor or major, then publish the changes.',
    fr: 'Ce document est en ligne. Modifiez-le, indiquez si le changement est mineur ou majeur, puis publiez les modifications.',
    ar: 'هذه الوثيقة منشورة. عدّلها وحدّد ما إذا كان التعديل طفيفًا أم جوهريًا ثم انشر التعديلات.',
  },
  liveCorrectionByAuthor: {
    en: 'This document is live: corrections are made by an editor.',
    fr: 'Ce document est en ligne : les corrections sont faites par un rédacteur en chef.',
    ar: 'هذه الوثيقة منشورة: يتولى محرر تصحيحها.',
  },
  history: { en: 'Review history', fr: 'Historique de relecture', ar: 'سجل المراجعة' },
  cancel: { en: 'Cancel', fr: 'Annuler', ar: 'إلغاء' },
  refused: { en: 'Refused', fr: 'Refusé', ar: 'مرفوض' },
  done: { en: 'Done', fr: 'C’est fait', ar: 'تم' },
  rejectTitle: { en: 'Send back to the author', fr: 'Renvoyer à l’auteur', ar: 'إرجاع إلى الكاتب' },
  rejectComment: { en: 'What must change before approval?', fr: 'Que faut-il changer avant l’approbation ?', ar: 'ما الذي يجب تغييره قبل المصادقة؟' },
  scheduleTitle: { en: 'Schedule the publication', fr: 'Programmer la publication', ar: 'برمجة النشر' },
  publishAt: { en: 'Publish on (Casablanca time)', fr: 'Publier le (heure de Casablanca)', ar: 'النشر في (بتوقيت الدار البيضاء)' },
  unpublishAt: { en: 'Unpublish on (optional, Casablanca time)', fr: 'Dépublier le (facultatif, heure de Casablanca)', ar: 'إلغاء النشر في (اختياري، بتوقيت الدار البيضاء)' },
  forceTitle: { en: 'Publish without review', fr: 'Publier sans relecture', ar: 'النشر دون مراجعة' },
  forceReason: { en: 'Why must this be published without review? (recorded and shown)', fr: 'Pourquoi publier sans relecture ? (enregistré et affiché)', ar: 'لماذا يجب النشر دون مراجعة؟ (يُسجَّل ويظهر)' },
  withdrawTitle: { en: 'Withdraw the document', fr: 'Retirer le document', ar: 'سحب الوثيقة' },
  withdrawReason: { en: 'Reason', fr: 'Motif', ar: 'السبب' },
  choose: { en: 'Choose…', fr: 'Choisir…', ar: 'اختر…' },
  withdrawExplanation: { en: 'Public explanation for readers', fr: 'Explication publique pour les lecteurs', ar: 'توضيح علني للقراء' },
} satisfies Record<string, Each<string>>

/**
 * The admin language a request speaks: the one the person chose in the admin (Payload's `payload-lng` cookie), else
 * the first of their browser's languages the admin has, else English (API clients, scripts, the Local API).
 */
export function requestLanguage(headers: Headers | undefined): AdminLanguage {
  const cookie = /(?:^|;\s*)payload-lng=([a-z]{2})/.exec(headers?.get('cookie') ?? '')?.[1]
  if (isAdminLanguage(cookie)) return cookie
  for (const part of (headers?.get('accept-language') ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase()
    if (isAdminLanguage(code)) return code
  }
  return 'en'
}
