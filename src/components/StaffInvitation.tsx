'use client'
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { roleOptions } from '../access/roles'
import { contentLocales } from '../contentLocales'
import { adminLanguages, type AdminLanguage } from '../workflow/words'
import { useAdminLanguage } from './useAdminLanguage'

const words = {
  invite: { en: 'Invite a staff member', fr: 'Inviter un membre', ar: 'دعوة عضو' },
  inviteHint: {
    en: 'They receive a link to choose their own password.',
    fr: 'La personne reçoit un lien pour choisir elle-même son mot de passe.',
    ar: 'يتلقى المدعو رابطًا ليختار كلمة مروره بنفسه.',
  },
  name: { en: 'Full name', fr: 'Nom complet', ar: 'الاسم الكامل' },
  email: { en: 'E-mail', fr: 'Adresse e-mail', ar: 'البريد الإلكتروني' },
  role: { en: 'Role', fr: 'Rôle', ar: 'الدور' },
  locales: { en: 'Locales this translator writes', fr: 'Langues de traduction', ar: 'لغات الترجمة' },
  language: { en: 'Admin language', fr: 'Langue de l’administration', ar: 'لغة لوحة الإدارة' },
  send: { en: 'Create the invitation', fr: 'Créer l’invitation', ar: 'إنشاء الدعوة' },
  cancel: { en: 'Cancel', fr: 'Annuler', ar: 'إلغاء' },
  close: { en: 'Close', fr: 'Fermer', ar: 'إغلاق' },
  ready: {
    en: 'Send this link to the person. It works once, until',
    fr: 'Transmettez ce lien à la personne. Il sert une seule fois, jusqu’au',
    ar: 'أرسل هذا الرابط إلى الشخص المعني. يُستعمل مرة واحدة، إلى غاية',
  },
  copy: { en: 'Copy the link', fr: 'Copier le lien', ar: 'نسخ الرابط' },
  copied: { en: 'Copied', fr: 'Copié', ar: 'تم النسخ' },
  again: { en: 'New invitation link', fr: 'Nouveau lien d’invitation', ar: 'رابط دعوة جديد' },
  againHint: {
    en: 'For a lost or expired link, or a forgotten password: the previous link stops working.',
    fr: 'Pour un lien perdu ou expiré, ou un mot de passe oublié : le lien précédent cesse de fonctionner.',
    ar: 'لرابط ضائع أو منتهي الصلاحية أو كلمة مرور منسية: يتوقف الرابط السابق عن العمل.',
  },
} satisfies Record<string, Record<AdminLanguage, string>>

const languageNames: Record<AdminLanguage, string> = { fr: 'Français', ar: 'العربية', en: 'English' }
const field: React.CSSProperties = { display: 'block', width: '100%', marginBlock: '4px 12px', padding: 8, font: 'inherit' }
type Issued = { invitationURL: string; expiresAt: string }
type Reply = Issued & { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }

const formatDay = (iso: string, language: AdminLanguage) =>
  new Intl.DateTimeFormat(language === 'ar' ? 'ar-MA' : language, { dateStyle: 'long', timeZone: 'Africa/Casablanca' }).format(new Date(iso))

function useApi() {
  const { config } = useConfig()
  return async (path: string, body: unknown): Promise<{ ok: boolean; reply: Reply }> => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/users${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { ok: response.ok, reply: (await response.json().catch(() => ({}))) as Reply }
  }
}

const messageOf = (reply: Reply) => reply.errors?.flatMap((error) => error.data?.errors?.map((detail) => detail.message) ?? [error.message]).join(' ') ?? ''

/** The link, once issued, with a copy button and the day it stops working. */
function IssuedLink({ issued, language }: { issued: Issued; language: AdminLanguage }) {
  const [copied, setCopied] = useState(false)
  return (
    <div data-invitation-link>
      <p>
        {words.ready[language]} {formatDay(issued.expiresAt, language)}.
      </p>
      <input dir="ltr" readOnly style={field} value={issued.invitationURL} onFocus={(event) => event.target.select()} />
      <button
        className="btn btn--style-secondary btn--size-small"
        type="button"
        onClick={() => void navigator.clipboard?.writeText(issued.invitationURL).then(() => setCopied(true), () => undefined)}
      >
        {copied ? words.copied[language] : words.copy[language]}
      </button>
    </div>
  )
}

/** Above the staff list, for administrators: invite someone, then hand them the link. */
export function InviteStaff() {
  const language = useAdminLanguage()
  const { user } = useAuth()
  const [open, setOpen] = useState(false)
  if ((user as { role?: string } | null)?.role !== 'admin') return null
  return (
    <div style={{ marginBlockEnd: 16 }}>
      <button className="btn btn--style-primary btn--size-small" data-invite-staff type="button" onClick={() => setOpen(true)}>
        {words.invite[language]}
      </button>
      <span style={{ marginInlineStart: 12, color: 'var(--theme-elevation-500)' }}>{words.inviteHint[language]}</span>
      {open ? <InvitationDialog language={language} onClose={() => window.location.reload()} /> : null}
    </div>
  )
}

function InvitationDialog({ language, onClose }: { language: AdminLanguage; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const api = useApi()
  const [values, setValues] = useState<Record<string, string>>({ role: 'author', adminLanguage: language })
  const [locales, setLocales] = useState<string[]>([])
  const [refusal, setRefusal] = useState('')
  const [issued, setIssued] = useState<Issued | null>(null)
  const set = (key: string) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }))
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const { ok, reply } = await api('/invite', { ...values, ...(values.role === 'translator' ? { translatorLocales: locales } : {}) })
    if (ok) setIssued(reply)
    else setRefusal(messageOf(reply))
  }

  return createPortal(
    <dialog data-invitation-dialog onCancel={onClose} ref={ref} style={{ maxWidth: 560, width: 'calc(100vw - 32px)', padding: 24, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: 'var(--theme-bg)', color: 'var(--theme-text)' }}>
      <h3 style={{ marginTop: 0 }}>{words.invite[language]}</h3>
      {issued ? (
        <>
          <IssuedLink issued={issued} language={language} />
          <p>
            <button className="btn btn--style-primary btn--size-small" type="button" onClick={onClose}>
              {words.close[language]}
            </button>
          </p>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <label>
            {words.name[language]}
            <input name="name" required style={field} value={values.name ?? ''} onChange={set('name')} />
          </label>
          <label>
            {words.email[language]}
            <input dir="ltr" name="email" required style={field} type="email" value={values.email ?? ''} onChange={set('email')} />
          </label>
          <label>
            {words.role[language]}
            <select name="role" style={field} value={values.role} onChange={set('role')}>
              {roleOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label[language]}
                </option>
              ))}
            </select>
          </label>
          {values.role === 'translator' ? (
            <fieldset style={{ marginBlockEnd: 12 }}>
              <legend>{words.locales[language]}</legend>
              {contentLocales.map((locale) => (
                <label key={locale.code} style={{ marginInlineEnd: 16 }}>
                  <input
                    checked={locales.includes(locale.code)}
                    name={`locale-${locale.code}`}
                    type="checkbox"
                    onChange={(event) => setLocales((current) => (event.target.checked ? [...current, locale.code] : current.filter((code) => code !== locale.code)))}
                  />{' '}
                  {locale.label}
                </label>
              ))}
            </fieldset>
          ) : null}
          <label>
            {words.language[language]}
            <select name="adminLanguage" style={field} value={values.adminLanguage} onChange={set('adminLanguage')}>
              {adminLanguages.map((code) => (
                <option key={code} value={code}>
                  {languageNames[code]}
                </option>
              ))}
            </select>
          </label>
          {refusal ? (
            <p data-invitation-refusal role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {refusal}
            </p>
          ) : null}
          <button className="btn btn--style-primary btn--size-small" type="submit">
            {words.send[language]}
          </button>{' '}
          <button className="btn btn--style-secondary btn--size-small" type="button" onClick={onClose}>
            {words.cancel[language]}
          </button>
        </form>
      )}
    </dialog>,
    document.body,
  )
}

/** On a staff member's page, for administrators: a new link (lost, expired, or a forgotten password). */
export function InvitationAgain() {
  const language = useAdminLanguage()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const api = useApi()
  const [issued, setIssued] = useState<Issued | null>(null)
  const [refusal, setRefusal] = useState('')
  if ((user as { role?: string } | null)?.role !== 'admin' || !id || id === user?.id) return null
  const ask = async () => {
    const { ok, reply } = await api(`/${id}/invitation`, {})
    if (ok) setIssued(reply)
    else setRefusal(messageOf(reply))
  }
  return (
    <div data-invitation-again style={{ marginBlockEnd: 24 }}>
      <button className="btn btn--style-secondary btn--size-small" type="button" onClick={() => void ask()}>
        {words.again[language]}
      </button>
      <p style={{ color: 'var(--theme-elevation-500)' }}>{words.againHint[language]}</p>
      {refusal ? <p role="alert">{refusal}</p> : null}
      {issued ? <IssuedLink issued={issued} language={language} /> : null}
    </div>
  )
}
