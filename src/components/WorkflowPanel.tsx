'use client'
import { useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Transitions = { state: string; actions: string[]; translations?: Array<{ locale: string; state: string; required: boolean }> }

const labels: Record<string, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Reject…',
  publish: 'Publish',
  schedule: 'Schedule…',
  forcePublish: 'Force-publish…',
  withdraw: 'Withdraw…',
  unpublish: 'Unpublish',
}

/** What each action asks the user before it is fired. */
function askFor(action: string): Record<string, unknown> | null {
  if (action === 'reject') {
    const comment = window.prompt('What must change before approval?')
    return comment ? { comment } : null
  }
  if (action === 'forcePublish') {
    const reason = window.prompt('Why must this be published without review? (recorded and shown)')
    return reason ? { reason } : null
  }
  if (action === 'schedule') {
    const publishAt = window.prompt('Publish at (YYYY-MM-DDTHH:MM, local time)')
    return publishAt ? { publishAt: new Date(publishAt).toISOString() } : null
  }
  if (action === 'withdraw') {
    const reason = window.prompt('Reason: published-in-error, no-longer-current, superseded or archived')
    const explanation = reason ? window.prompt('Public explanation for readers') : null
    return reason && explanation ? { withdrawal: { reason, explanation } } : null
  }
  return {}
}

/** The document's editorial state, and only the transitions the signed-in user may fire now. */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const [transitions, setTransitions] = useState<Transitions | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const base = `/api/${collectionSlug}/${id}`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${base}/transitions`, { credentials: 'include' })
    if (response.ok) setTransitions((await response.json()) as Transitions)
  }, [base, id])

  useEffect(() => {
    void load()
  }, [load])

  const fire = async (action: string) => {
    const extra = askFor(action)
    if (extra === null) return
    setBusy(true)
    setMessage(null)
    const response = await fetch(`${base}/transition?locale=${locale.code}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, ...extra }),
    })
    const body = (await response.json()) as { errors?: Array<{ message: string }> }
    setBusy(false)
    if (!response.ok) {
      setMessage(body.errors?.[0]?.message ?? `Refused (${response.status})`)
      return
    }
    window.location.reload()
  }

  if (!id) return <p className="field-description">Save the document to start its review.</p>
  return (
    <div className="workflow-panel" style={{ marginBottom: 'var(--base)' }}>
      <p>
        Editorial state: <strong data-workflow-state={transitions?.state}>{transitions?.state ?? '…'}</strong>
      </p>
      {transitions?.translations ? (
        <p data-workflow-translations style={{ fontSize: 'small' }}>
          {transitions.translations
            .filter((entry) => entry.state !== 'source')
            .map((entry) => (
              <span key={entry.locale} data-translation-locale={entry.locale} data-translation-state={entry.state} style={{ marginInlineEnd: 8, fontWeight: entry.required && entry.state !== 'done' ? 'bold' : undefined }}>
                {entry.locale}: {entry.state}
                {entry.required ? ' *' : ''}
              </span>
            ))}
          <br />
          <span className="field-description">* needed before publishing</span>
        </p>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {transitions?.actions.map((action) => (
          <button
            className="btn btn--style-secondary btn--size-small"
            data-workflow-action={action}
            disabled={busy}
            key={action}
            onClick={() => void fire(action)}
            type="button"
          >
            {labels[action] ?? action}
          </button>
        ))}
      </div>
      {message ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      ) : null}
    </div>
  )
}
