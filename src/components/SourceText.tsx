'use client'
import { useDocumentInfo, useField, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { EventCardBlock } from '../blocks/EventCard/config'
import { ImageBlock } from '../blocks/Image/config'
import { OfficialQuoteBlock } from '../blocks/OfficialQuote/config'
import { PartnerStripBlock } from '../blocks/PartnerStrip/config'
import { contentLocales, defaultLocale } from '../contentLocales'
import { valueAt } from '../translation/paths'
import { fetchOnce } from './fetchOnce'
import type { LexicalNode, RichText } from '../richText/walk'
import { isEmptyBody } from '../translation/structure'
import { useAdminLanguage } from './useAdminLanguage'

const SOURCE = defaultLocale

const words = {
  source: { en: 'Source', fr: 'Source', ar: 'المصدر' },
  start: { en: 'Start from the source’s structure', fr: 'Partir de la structure de la source', ar: 'الانطلاق من بنية المصدر' },
  startHint: {
    en: 'Copies the source body with its blocks, links and images; replace its words with your translation.',
    fr: 'Copie le corps de la source avec ses blocs, liens et images ; remplacez ses mots par votre traduction.',
    ar: 'ينسخ نص المصدر بكتله وروابطه وصوره؛ استبدل كلماته بترجمتك.',
  },
}

/** The body's blocks as the editor names them: their own labels. */
const blockLabels = Object.fromEntries(
  [OfficialQuoteBlock, PartnerStripBlock, EventCardBlock, ImageBlock].map((block) => [block.slug, block.labels?.singular as Record<string, string>]),
)

/** The source version of the open document, one request for every field that shows it. */
function useSourceDocument(collection: string | undefined, id: number | string | undefined, wanted: boolean) {
  const [doc, setDoc] = useState<Record<string, unknown> | null>(null)
  useEffect(() => {
    if (!wanted || !collection || id === undefined) return
    void fetchOnce<Record<string, unknown>>(`/api/${collection}/${id}?locale=${SOURCE}&fallback-locale=none&draft=true&depth=0`).then(setDoc)
  }, [collection, id, wanted])
  return doc
}

const textOf = (node: LexicalNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(node.type === 'listitem' ? '' : ''))

/** The source body as the translator reads it: its paragraphs, and where each block stands. */
function Outline({ body, language }: { body: RichText; language: string }) {
  const nodes = body?.root?.children ?? []
  return (
    <>
      {nodes.map((node, index) =>
        node.type === 'block' ? (
          <p data-source-block={node.fields?.blockType} key={index} style={{ margin: '4px 0', fontStyle: 'italic' }}>
            [{blockLabels[node.fields?.blockType ?? '']?.[language] ?? node.fields?.blockType}]
          </p>
        ) : (
          <p key={index} style={{ margin: '4px 0', fontWeight: node.type === 'heading' ? 'bold' : undefined }}>
            {textOf(node)}
          </p>
        ),
      )}
    </>
  )
}

/**
 * Under each translated field, while the screen shows a translation: the source's text for that field (rich text
 * as an outline), and for an empty body a way to start from the source's structure.
 */
export function SourceText({ path }: { path: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const language = useAdminLanguage()
  const translating = locale.code !== SOURCE
  const source = useSourceDocument(collectionSlug, id, translating)
  const { value } = useField<unknown>({ path })
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  if (!translating || !source) return null
  const original = valueAt(source, path)
  if (original === undefined || original === null || original === '' || (Array.isArray(original) && original.length === 0)) return null
  const sourceName = contentLocales.find((entry) => entry.code === SOURCE)?.label ?? SOURCE
  const rich = typeof original === 'object' && original !== null && 'root' in original

  const start = async () => {
    setBusy(true)
    const response = await fetch(`/api/${collectionSlug}/${id}/translation-start`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: locale.code }),
    })
    setBusy(false)
    if (response.ok) return window.location.reload()
    const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
    setRefusal(body.errors?.[0]?.message ?? String(response.status))
  }

  return (
    <div data-source-text={path} dir="ltr" lang={SOURCE} style={{ marginTop: 6, padding: '6px 10px', borderInlineStart: '3px solid var(--theme-elevation-250)', background: 'var(--theme-elevation-50)', fontSize: 13 }}>
      <strong>
        {words.source[language]} ({sourceName})
      </strong>
      {rich ? <Outline body={original as RichText} language={language} /> : <p style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{Array.isArray(original) ? original.join(', ') : String(original)}</p>}
      {rich && isEmptyBody(value as RichText) ? (
        <div dir={language === 'ar' ? 'rtl' : 'ltr'} lang={language}>
          <button className="btn btn--style-secondary btn--size-small" data-translation-start disabled={busy} onClick={() => void start()} style={{ margin: '6px 0 0' }} type="button">
            {words.start[language]}
          </button>
          <p className="field-description" style={{ margin: '4px 0 0' }}>
            {words.startHint[language]}
          </p>
          {refusal ? <p role="alert">{refusal}</p> : null}
        </div>
      ) : null}
    </div>
  )
}
