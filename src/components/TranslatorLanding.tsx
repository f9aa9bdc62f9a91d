import type { ServerProps } from 'payload'
import { redirect } from 'next/navigation'

/** Translators start where their work is: the translations board, filtered to their languages. */
export function TranslatorLanding({ user }: ServerProps) {
  if ((user as { role?: string } | undefined)?.role === 'translator') redirect('/admin/translations')
  return null
}
