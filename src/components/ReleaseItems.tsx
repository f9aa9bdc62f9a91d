'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { WorkflowState } from '../workflow/states'
import { stateLabels } from '../workflow/words'
import { useAdminLanguage } from './useAdminLanguage'

type Item = { relationTo: string; id: string | number; title: string; state: string; scheduledFor: string | null; scheduledForText: string | null }

const words = {
  heading: { en: 'Where each document stands', fr: 'Où en est chaque document', ar: 'وضع كل وثيقة' },
  document: { en: 'Document', fr: 'Document', ar: 'الوثيقة' },
  state: { en: 'State', fr: 'État', ar: 'الحالة' },
  scheduledFor: { en: 'Scheduled for (Casablanca)', fr: 'Programmé pour (Casablanca)', ar: 'مبرمج في (الدار البيضاء)' },
  quote: { en: 'Quote', fr: 'Citation', ar: 'تصريح' },
  approved: { en: 'Approved', fr: 'Approuvée', ar: 'مصادق عليها' },
  pending: { en: 'Awaiting approval', fr: 'En attente d’approbation', ar: 'في انتظار المصادقة' },
}

/** The release screen's table: each item's editorial state and the time it was scheduled for. */
export function ReleaseItems() {
  const { id } = useDocumentInfo()
  const language = useAdminLanguage()
  const [items, setItems] = useState<Item[] | null>(null)

  useEffect(() => {
    if (!id) return
    void fetch(`/api/releases/${id}/items`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { items: [] }))
      .then((body: { items: Item[] }) => setItems(body.items))
  }, [id])

  if (!id || !items?.length) return null
  const stateOf = (item: Item) => {
    if (item.relationTo === 'quotes') return (item.state === 'approved' ? words.approved : words.pending)[language]
    return stateLabels[item.state as WorkflowState]?.[language] ?? item.state
  }
  return (
    <div data-release-items style={{ marginBottom: 'var(--base)' }}>
      <h4>{words.heading[language]}</h4>
      <table className="table" style={{ width: '100%' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'start' }}>{words.document[language]}</th>
            <th style={{ textAlign: 'start' }}>{words.state[language]}</th>
            <th style={{ textAlign: 'start' }}>{words.scheduledFor[language]}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr data-release-item={`${item.relationTo}:${item.id}`} data-release-item-state={item.state} key={`${item.relationTo}:${item.id}`}>
              <td>{item.relationTo === 'quotes' ? `${words.quote[language]} : ${item.title}` : item.title}</td>
              <td>{stateOf(item)}</td>
              <td>{item.scheduledForText ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
