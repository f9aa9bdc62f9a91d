'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { inGroup } from '../access/roles'
import { contentLocales } from '../contentLocales'
import type { WorkflowAction, WorkflowState } from '../workflow/states'
import { actionLabels, panelWords, stateLabels, translationStateLabels } from '../workflow/words'
import { fetchOnce } from './fetchOnce'
import { useAdminLanguage } from './useAdminLanguage'
import { WorkflowDialog } from './WorkflowDialog'

export type Transitions = {
  state: WorkflowState
  actions: WorkflowAction[]
  held: Array<{ action: WorkflowAction; message: string }>
  reviewComment: string | null
  scheduledFor: string | null
  scheduledForText: string | null
  liveLocales: string[]
  translations?: Array<{ locale: string; state: string; required: boolean }>
}

/** Actions that ask something first open a dialog; the others are fired at once. */
const asking: ReadonlySet<WorkflowAction> = new Set(['reject', 'schedule', 'forcePublish', 'withdraw'])

/** Where the open document stands in the workflow, for this user (`GET /api/<collection>/:id/transitions`). */
export function useTransitions(): Transitions | null {
  const { id, collectionSlug } = useDocumentInfo()
  const [transitions, setTransitions] = useState<Transitions | null>(null)
  useEffect(() => {
    if (!id) return
    void fetchOnce<Transitions>(`/api/${collectionSlug}/${id}/transitions`).then(setTransitions)
  }, [collectionSlug, id])
  return transitions
}

/** The document's editorial state, and only the transitions the signed-in user may fire now, in their admin language. */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const language = useAdminLanguage()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [dialog, setDialog] = useState<WorkflowAction | null>(null)
  const base = `/api/${collectionSlug}/${id}`

  const transitions = useTransitions()

  const fire = async (action: WorkflowAction, extra: Record<string, unknown> = {}): Promise<string | null> => {
    setBusy(true)
    setMessage(null)
    const response = await fetch(`${base}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, ...extra }),
    })
    const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }
    setBusy(false)
    if (!response.ok) {
      const first = body.errors?.[0]
      return first?.data?.errors?.[0]?.message ?? first?.message ?? `${panelWords.refused[language]} (${response.status})`
    }
    window.location.reload()
    return null
  }

  const onAction = async (action: WorkflowAction) => {
    if (asking.has(action)) return setDialog(action)
    setMessage(await fire(action))
  }

  if (!id) return <p className="field-description">{panelWords.saveFirst[language]}</p>
  const live = transitions?.state === 'published'
  return (
    <div className="workflow-panel" style={{ marginBottom: 'var(--base)' }}>
      <p>
        {panelWords.editorialState[language]} :{' '}
        <strong data-workflow-state={transitions?.state}>{transitions ? stateLabels[transitions.state][language] : '…'}</strong>
      </p>
      {transitions?.scheduledFor ? (
        <p data-workflow-scheduled-for={transitions.scheduledFor}>
          {panelWords.scheduledFor[language]} : <strong>{transitions.scheduledForText}</strong>
        </p>
      ) : null}
      {live ? (
        <p className="field-description" data-workflow-live-hint>
          {inGroup(user, 'editors') ? panelWords.liveCorrection[language] : panelWords.liveCorrectionByAuthor[language]}
        </p>
      ) : null}
      {transitions?.translations ? (
        <p data-workflow-translations style={{ fontSize: 'small' }}>
          {panelWords.translations[language]} :{' '}
          {transitions.translations
            .filter((entry) => entry.state !== 'source')
            .map((entry) => (
              <span
                data-translation-locale={entry.locale}
                data-translation-state={entry.state}
                key={entry.locale}
                style={{ marginInlineEnd: 8, fontWeight: entry.required && entry.state !== 'done' ? 'bold' : undefined }}
              >
                {contentLocales.find((locale) => locale.code === entry.locale)?.label ?? entry.locale} : {translationStateLabels[entry.state]?.[language] ?? entry.state}
                {entry.required ? ' *' : ''}
              </span>
            ))}
          <br />
          <span className="field-description">* {panelWords.neededBeforePublishing[language]}</span>
        </p>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {transitions?.actions.map((action) => (
          <button
            className="btn btn--style-secondary btn--size-small"
            data-workflow-action={action}
            disabled={busy}
            key={action}
            onClick={() => void onAction(action)}
            style={{ margin: 0 }}
            type="button"
          >
            {actionLabels[action][language]}
          </button>
        ))}
      </div>
      {transitions?.held.length ? (
        <p className="field-description" data-workflow-held={transitions.held.map((entry) => entry.action).join(' ')}>
          {panelWords.fourEyesHint[language]}
        </p>
      ) : null}
      {message ? (
        <p data-workflow-refusal role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      ) : null}
      {dialog ? <WorkflowDialog action={dialog} language={language} liveLocales={transitions?.liveLocales ?? []} onCancel={() => setDialog(null)} onConfirm={(extra) => fire(dialog, extra)} /> : null}
    </div>
  )
}
