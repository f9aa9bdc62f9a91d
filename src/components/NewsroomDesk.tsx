'use client'
import { useEffect, useState } from 'react'
import type { Desk, DeskItem } from '../desk/desk'
import type { WorkflowState } from '../workflow/states'
import { stateLabels } from '../workflow/words'
import { useAdminLanguage } from './useAdminLanguage'

const headings: Record<keyof Desk, Record<string, string>> = {
  sentBack: { en: 'Sent back to you', fr: 'Renvoyés vers vous', ar: 'أُعيدت إليك' },
  toReview: { en: 'Waiting for your review', fr: 'En attente de votre relecture', ar: 'في انتظار مراجعتك' },
  myDrafts: { en: 'Your drafts', fr: 'Vos brouillons', ar: 'مسوداتك' },
  scheduledToday: { en: 'Going live today', fr: 'Mises en ligne du jour', ar: 'يُنشر اليوم' },
  missingTranslations: { en: 'Waiting for a translation', fr: 'En attente de traduction', ar: 'في انتظار الترجمة' },
  recentlyPublished: { en: 'Recently published', fr: 'Publiés récemment', ar: 'نُشر مؤخرًا' },
}
const words = {
  title: { en: 'Your desk', fr: 'Votre bureau', ar: 'مكتبك' },
  nothing: { en: 'Nothing for now.', fr: 'Rien pour l’instant.', ar: 'لا شيء الآن.' },
  untitled: { en: '(untitled)', fr: '(sans titre)', ar: '(بدون عنوان)' },
} as Record<string, Record<string, string>>
const majorCorrection: Record<string, string> = { en: 'Major correction to publish', fr: 'Correction majeure à publier', ar: 'تصحيح جوهري للنشر' }
const order: Array<keyof Desk> = ['sentBack', 'toReview', 'myDrafts', 'scheduledToday', 'missingTranslations', 'recentlyPublished']

/** The dashboard's first answer: what needs the signed-in person now. */
export function NewsroomDesk() {
  const language = useAdminLanguage()
  const [desk, setDesk] = useState<Desk | null>(null)
  useEffect(() => {
    void fetch('/api/desk', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then(setDesk)
  }, [])
  if (!desk) return null
  const line = (item: DeskItem) => (
    <li data-desk-item={`${item.collection}:${item.id}`} key={`${item.collection}:${item.id}`} style={{ marginBottom: 6 }}>
      <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title || words.untitled?.[language]}</a>
      <div className="field-description">
        {[item.correction ? majorCorrection[language] : stateLabels[item.state as WorkflowState]?.[language] ?? item.state, item.atText, item.locales?.join(', ')].filter(Boolean).join(' · ')}
      </div>
      {item.note ? <div style={{ whiteSpace: 'pre-wrap', fontStyle: 'italic' }}>{item.note}</div> : null}
    </li>
  )
  return (
    <section data-newsroom-desk style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{words.title?.[language]}</h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 'var(--base)' }}>
        {order.map((key) => (
          <div data-desk-list={key} key={key} style={{ border: '1px solid var(--theme-elevation-150)', padding: 'var(--base)', borderRadius: 4 }}>
            <h4 style={{ marginTop: 0 }}>
              {headings[key][language]} ({desk[key].length})
            </h4>
            {desk[key].length ? <ul style={{ margin: 0, paddingInlineStart: 18 }}>{desk[key].map(line)}</ul> : <p className="field-description">{words.nothing?.[language]}</p>}
          </div>
        ))}
      </div>
    </section>
  )
}
