'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Outcome = { ok: boolean; message: string }

/** Upload a translated XLIFF 2.0 file: all of it is applied as translations in review, or none of it. */
export function XliffImport() {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)
  const router = useRouter()

  const upload = async (file: File | undefined) => {
    if (!file) return
    setBusy(true)
    setOutcome(null)
    const response = await fetch('/api/xliff', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/xliff+xml' },
      body: await file.text(),
    })
    const body = (await response.json()) as { documents?: unknown[]; locale?: string; errors?: Array<{ message: string }> }
    setBusy(false)
    // The board is rendered on the server: fetch it again so the imported documents show "in review".
    if (response.ok) router.refresh()
    setOutcome(
      response.ok
        ? { ok: true, message: `${body.documents?.length ?? 0} document(s) imported into ${body.locale}, now in review.` }
        : { ok: false, message: body.errors?.[0]?.message ?? `Refused (${response.status}).` },
    )
  }

  return (
    <div data-xliff-import style={{ margin: 'var(--base) 0' }}>
      <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        XLIFF 2.0 → import
        <input type="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" disabled={busy} onChange={(event) => void upload(event.target.files?.[0])} />
      </label>
      {outcome ? (
        <p role={outcome.ok ? 'status' : 'alert'} data-xliff-outcome={outcome.ok ? 'imported' : 'refused'} style={{ color: outcome.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {outcome.message}
        </p>
      ) : null}
    </div>
  )
}
