'use client'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { contentLocales, defaultLocale } from '../contentLocales'
import type { WorkflowAction } from '../workflow/states'
import { actionLabels, type AdminLanguage, panelWords, withdrawalReasons } from '../workflow/words'

type Props = {
  action: WorkflowAction
  language: AdminLanguage
  /** Locales the document is live in: its withdrawal is explained there (and in the source). */
  liveLocales: string[]
  onCancel: () => void
  /** Fires the transition; resolves with the refusal to show, or null when it went through. */
  onConfirm: (extra: Record<string, unknown>) => Promise<string | null>
}

const titles: Partial<Record<WorkflowAction, keyof typeof panelWords>> = {
  reject: 'rejectTitle',
  schedule: 'scheduleTitle',
  forcePublish: 'forceTitle',
  withdraw: 'withdrawTitle',
}

const field: React.CSSProperties = { display: 'block', width: '100%', marginBlock: '4px 12px', padding: 8, font: 'inherit' }

/** What a transition asks before it is fired (a comment, a reason, a time, a withdrawal notice), as a real dialog. */
export function WorkflowDialog({ action, language, liveLocales, onCancel, onConfirm }: Props) {
  const explained = contentLocales.filter((locale) => locale.code === defaultLocale || liveLocales.includes(locale.code))
  const ref = useRef<HTMLDialogElement>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const [refusal, setRefusal] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const words = (key: keyof typeof panelWords) => panelWords[key][language]
  const set = (key: string) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }))

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const extra = (): Record<string, unknown> | string => {
    if (action === 'reject') return { comment: values.comment ?? '' }
    if (action === 'forcePublish') return { reason: values.reason ?? '' }
    if (action === 'schedule') {
      // Sent as typed: the server reads a time without offset as Casablanca time (browsers' zone data can be stale).
      if (!values.publishAt) return words('publishAt')
      return { publishAt: values.publishAt, ...(values.unpublishAt ? { unpublishAt: values.unpublishAt } : {}) }
    }
    const explanation = Object.fromEntries(
      explained.map((locale) => [locale.code, values[`explanation.${locale.code}`]?.trim() ?? '']).filter(([, text]) => text),
    )
    return { withdrawal: { reason: values.reason ?? '', explanation } }
  }

  const submit = async (event: FormEvent) => {
    // The panel sits inside the document's form: its submit must not reach the document's own save.
    event.preventDefault()
    event.stopPropagation()
    const body = extra()
    if (typeof body === 'string') return setRefusal(body)
    setBusy(true)
    setRefusal(await onConfirm(body))
    setBusy(false)
  }

  const title = titles[action]
  return createPortal(
    <dialog
      aria-labelledby="workflow-dialog-title"
      data-workflow-dialog={action}
      onCancel={onCancel}
      ref={ref}
      style={{ maxWidth: 560, width: 'calc(100vw - 32px)', padding: 24, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: 'var(--theme-bg)', color: 'var(--theme-text)' }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h3 id="workflow-dialog-title" style={{ marginTop: 0 }}>
          {title ? words(title) : actionLabels[action][language]}
        </h3>
        {action === 'reject' ? (
          <label>
            {words('rejectComment')}
            <textarea name="comment" onChange={set('comment')} required rows={4} style={field} />
          </label>
        ) : null}
        {action === 'forcePublish' ? (
          <label>
            {words('forceReason')}
            <textarea name="reason" onChange={set('reason')} required rows={3} style={field} />
          </label>
        ) : null}
        {action === 'schedule' ? (
          <>
            <label>
              {words('publishAt')}
              <input name="publishAt" onChange={set('publishAt')} required style={field} type="datetime-local" />
            </label>
            <label>
              {words('unpublishAt')}
              <input name="unpublishAt" onChange={set('unpublishAt')} style={field} type="datetime-local" />
            </label>
          </>
        ) : null}
        {action === 'withdraw' ? (
          <>
            <label>
              {words('withdrawReason')}
              <select defaultValue="" name="reason" onChange={set('reason')} required style={field}>
                <option disabled value="">
                  {words('choose')}
                </option>
                {withdrawalReasons.map((reason) => (
                  <option key={reason.value} value={reason.value}>
                    {reason.label[language]}
                  </option>
                ))}
              </select>
            </label>
            {explained.map((locale) => (
              <label key={locale.code}>
                {words('withdrawExplanation')} — {locale.label}
                <textarea
                  dir={'rtl' in locale && locale.rtl ? 'rtl' : 'ltr'}
                  lang={locale.code}
                  name={`explanation.${locale.code}`}
                  onChange={set(`explanation.${locale.code}`)}
                  required={locale.code === defaultLocale}
                  rows={2}
                  style={field}
                />
              </label>
            ))}
          </>
        ) : null}
        {refusal ? (
          <p data-workflow-refusal role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {refusal}
          </p>
        ) : null}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button className="btn btn--style-secondary btn--size-small" onClick={onCancel} style={{ margin: 0 }} type="button">
            {words('cancel')}
          </button>
          <button className="btn btn--style-primary btn--size-small" data-workflow-confirm disabled={busy} style={{ margin: 0 }} type="submit">
            {actionLabels[action][language].replace('…', '')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}
