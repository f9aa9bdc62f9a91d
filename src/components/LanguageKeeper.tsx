'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import { isAdminLanguage } from '../workflow/words'

const COOKIE = 'payload-lng'
const cookieLanguage = (): string | undefined => new RegExp(`(?:^|;\\s*)${COOKIE}=([a-z]{2})`).exec(document.cookie)?.[1]

/**
 * Keeps the admin's language with the account rather than with one browser: a browser without a language choice
 * (a new one, cleared cookies) takes the account's; a choice made in the account settings is saved to the account.
 */
export function LanguageKeeper() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  useEffect(() => {
    if (!user) return
    const saved = (user as { adminLanguage?: string | null }).adminLanguage
    const chosen = cookieLanguage()
    // Once per tab: a browser refusing cookies must not reload for ever.
    if (!chosen && isAdminLanguage(saved) && saved !== i18n.language && !sessionStorage.getItem('newsroom-language-applied')) {
      sessionStorage.setItem('newsroom-language-applied', saved)
      document.cookie = `${COOKIE}=${saved}; path=/; max-age=${365 * 24 * 3600}; samesite=lax`
      window.location.reload()
      return
    }
    if (isAdminLanguage(chosen) && chosen !== saved && sessionStorage.getItem('newsroom-language-saved') !== chosen) {
      sessionStorage.setItem('newsroom-language-saved', chosen)
      void fetch(`/api/users/${user.id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ adminLanguage: chosen }),
      })
    }
  }, [user, i18n.language])
  return null
}
