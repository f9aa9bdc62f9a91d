import { randomBytes } from 'node:crypto'
import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Endpoint } from 'payload'
import { isStaff } from '../access/roles'
import { contentLocales, defaultLocale, isContentLocale } from '../contentLocales'
import { withoutUnsafeLinks } from '../richText/links'
import type { RichText } from '../richText/walk'
import type { WorkflowCollection } from '../workflow/fire'
import { formatNewsroomTime } from '../workflow/newsroomTime'
import { type AdminLanguage, requestLanguage, stateLabels } from '../workflow/words'
import { requestCopy } from '../requestCopy'

/**
 * A readable page of a document as the public would see it (its text, images, quotes, partner logos), in one locale,
 * for newsrooms without a front end of their own yet: `GET /api/<collection>/:id/preview-page?locale=ar`, staff only.
 * The admin's preview button opens it, and live preview shows it when FRONTEND_URL is not set.
 */

type Doc = Record<string, unknown>
const words = {
  banner: { en: 'Preview', fr: 'Aperçu', ar: 'معاينة' },
  state: { en: 'State', fr: 'État', ar: 'الحالة' },
  fallback: {
    en: 'Not translated into this language yet: readers are shown the French text.',
    fr: 'Pas encore traduit dans cette langue : les lecteurs voient le texte français.',
    ar: 'لم يُترجم بعد إلى هذه اللغة: يرى القراء النص الفرنسي.',
  },
  pendingQuote: { en: 'quote awaiting approval: not shown to readers', fr: 'citation en attente d’approbation : non montrée aux lecteurs', ar: 'تصريح في انتظار المصادقة: لا يظهر للقراء' },
  signIn: { en: 'Sign in to the admin to preview drafts.', fr: 'Connectez-vous à l’administration pour prévisualiser les brouillons.', ar: 'سجّل الدخول إلى لوحة الإدارة لمعاينة المسودات.' },
  missing: { en: 'This document does not exist.', fr: 'Ce document n’existe pas.', ar: 'هذه الوثيقة غير موجودة.' },
  changes: { en: 'Corrections', fr: 'Corrections', ar: 'التصحيحات' },
  agenda: { en: 'Programme', fr: 'Programme', ar: 'البرنامج' },
  partners: { en: 'Partners', fr: 'Partenaires', ar: 'الشركاء' },
} satisfies Record<string, Record<AdminLanguage, string>>

export const escapeHTML = (text: unknown): string =>
  String(text ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

const object = (value: unknown): Doc | undefined => (value && typeof value === 'object' ? (value as Doc) : undefined)
const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** The best-sized URL of an uploaded image, when it was populated. */
function imageURL(upload: unknown, size: string): string | undefined {
  const image = object(upload)
  const sized = object(object(image?.sizes)?.[size])
  return text(sized?.url) || text(image?.url) || undefined
}

const figure = (upload: unknown, size: string, caption?: string, credit?: string): string => {
  const url = imageURL(upload, size)
  if (!url) return ''
  const notes = [caption, credit && `© ${credit}`].filter(Boolean).map(escapeHTML).join(' · ')
  return `<figure><img src="${escapeHTML(url)}" alt="${escapeHTML(object(upload)?.alt)}" loading="lazy">${notes ? `<figcaption>${notes}</figcaption>` : ''}</figure>`
}

const logos = (organisations: unknown[]): string =>
  `<ul class="logos">${organisations
    .map(object)
    .filter((organisation): organisation is Doc => Boolean(organisation))
    .map((organisation) => {
      const url = imageURL(organisation.logo, 'small')
      const name = escapeHTML(organisation.name)
      return `<li>${url ? `<img src="${escapeHTML(url)}" alt="${name}" title="${name}">` : name}</li>`
    })
    .join('')}</ul>`

function quoteHTML(quote: Doc | undefined, language: AdminLanguage): string {
  if (!quote) return ''
  const speaker = object(quote.speaker)
  const appointment = object(quote.appointment)
  const who = [speaker && [speaker.honorific, speaker.fullName].filter(Boolean).join(' '), appointment?.roleTitle].filter(Boolean).map(escapeHTML).join(', ')
  const pending = quote.approvalStatus !== 'approved' ? `<p class="note">${escapeHTML(words.pendingQuote[language])}</p>` : ''
  return `<blockquote class="quote"><p>${escapeHTML(quote.text)}</p>${who ? `<footer>${who}</footer>` : ''}${pending}</blockquote>`
}

type BlockNode = { node: { fields: Record<string, unknown> } }

const converters =
  (language: AdminLanguage): HTMLConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      image: ({ node }: BlockNode) => figure(node.fields.image, 'card', text(node.fields.caption)),
      officialQuote: ({ node }: BlockNode) => quoteHTML(object(node.fields.quote), language),
      partnerStrip: ({ node }: BlockNode) => `<section class="partners">${node.fields.heading ? `<h3>${escapeHTML(node.fields.heading)}</h3>` : ''}${logos((node.fields.organisations as unknown[]) ?? [])}</section>`,
      eventCard: ({ node }: BlockNode) => {
        const event = object(node.fields.event)
        if (!event) return ''
        const when = text(event.startsAt) ? formatNewsroomTime(text(event.startsAt), language) : ''
        return `<aside class="event"><strong>${escapeHTML(event.title)}</strong>${when ? `<br><bdi>${escapeHTML(when)}</bdi>` : ''}</aside>`
      },
    },
  })

const bodyHTML = (body: unknown, language: AdminLanguage): string =>
  body && typeof body === 'object' && 'root' in body
    ? convertLexicalToHTML({ converters: converters(language), data: withoutUnsafeLinks(body as RichText) as unknown as SerializedEditorState, disableContainer: true })
    : ''

function articleHTML(doc: Doc, language: AdminLanguage): string {
  const hero = object(doc.hero)
  const section = object(doc.section)
  const people = ((doc.authors as unknown[]) ?? []).map(object).map((author) => text(author?.name)).filter(Boolean)
  const byline = text(doc.byline) || people.join(', ')
  const when = text(doc.publishedAt) ? formatNewsroomTime(text(doc.publishedAt), language) : ''
  const changes = ((doc.changeHistory as Doc[]) ?? []).filter((change) => text(change.note))
  return [
    section ? `<p class="kicker">${escapeHTML(section.name)}</p>` : '',
    `<h1>${escapeHTML(doc.title)}</h1>`,
    doc.standfirst ? `<p class="standfirst">${escapeHTML(doc.standfirst)}</p>` : '',
    byline || when ? `<p class="byline">${[byline, when].filter(Boolean).map((part) => `<bdi>${escapeHTML(part)}</bdi>`).join(' · ')}</p>` : '',
    figure(hero?.image, 'hero', text(hero?.caption), text(hero?.credit)),
    bodyHTML(doc.body, language),
    changes.length
      ? `<section class="changes"><h2>${words.changes[language]}</h2><ul>${changes.map((change) => `<li>${escapeHTML(formatNewsroomTime(text(change.at), language))}: ${escapeHTML(change.note)}</li>`).join('')}</ul></section>`
      : '',
  ].join('\n')
}

function eventHTML(doc: Doc, language: AdminLanguage): string {
  const place = object(doc.venue)
  const when = text(doc.startsAt) ? formatNewsroomTime(text(doc.startsAt), language) : ''
  const where = [place?.name, place?.city].filter(Boolean).map(escapeHTML).join(', ')
  const partners = ((doc.partners as Doc[]) ?? []).map((partner) => partner.organisation)
  const agenda = (doc.agenda as Doc[]) ?? []
  return [
    `<h1>${escapeHTML(doc.title)}</h1>`,
    `<p class="byline">${[when && `<bdi>${escapeHTML(when)}</bdi>`, where].filter(Boolean).join(' · ')}</p>`,
    doc.summary ? `<p class="standfirst">${escapeHTML(doc.summary)}</p>` : '',
    bodyHTML(doc.body, language),
    agenda.length
      ? `<section><h2>${words.agenda[language]}</h2><ul>${agenda.map((item) => `<li>${escapeHTML(text(item.startsAt) ? formatNewsroomTime(text(item.startsAt), language) : '')} ${escapeHTML(item.title)}</li>`).join('')}</ul></section>`
      : '',
    partners.length ? `<section class="partners"><h2>${words.partners[language]}</h2>${logos(partners)}</section>` : '',
    ...((doc.gallery as unknown[]) ?? []).map((image) => figure(image, 'card')),
  ].join('\n')
}

const styles = `
body{margin:0;font:18px/1.6 system-ui,"Noto Sans","Noto Sans Arabic","Noto Sans Tifinagh",sans-serif;color:#1a1a1a;background:#fff}
.banner{position:sticky;top:0;background:#1a1a1a;color:#fff;padding:8px 16px;font-size:14px}
article{max-width:720px;margin:0 auto;padding:24px 16px 64px}
h1{font-size:2em;line-height:1.2;margin:.2em 0}.kicker{text-transform:uppercase;font-size:13px;letter-spacing:.05em;color:#666;margin:0}
.standfirst{font-size:1.15em;font-weight:500}.byline{color:#555;font-size:15px}
figure{margin:24px 0}img{max-width:100%;height:auto}figcaption{font-size:14px;color:#555}
.quote{border-inline-start:4px solid #c1272d;margin:24px 0;padding:4px 16px;font-size:1.1em}.quote footer{font-size:15px;color:#555}
.note{font-size:13px;color:#a33}.fallback{background:#fff6d6;padding:8px 12px}
.logos{display:flex;flex-wrap:wrap;gap:16px;list-style:none;padding:0;align-items:center}.logos img{height:48px;width:auto}
.event{border:1px solid #ddd;padding:12px;margin:24px 0}
`

function page(options: { lang: string; dir: string; title: string; banner: string; bannerDir: string; content: string; nonce: string }): string {
  return `<!DOCTYPE html>
<html lang="${options.lang}" dir="${options.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHTML(options.title)}</title><style>${styles}</style></head>
<body><div class="banner" dir="${options.bannerDir}" data-preview-banner>${options.banner}</div>
<article>${options.content}</article>
<script nonce="${options.nonce}">
// In the admin's live preview: say we are ready, and show the latest autosaved draft shortly after each edit.
if (window.parent !== window) {
  window.parent.postMessage({ type: 'payload-live-preview', ready: true }, location.origin)
  let pending, seen
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.data?.type !== 'payload-live-preview') return
    const form = JSON.stringify(event.data.data ?? null)
    if (seen !== undefined && form !== seen) {
      clearTimeout(pending)
      pending = setTimeout(() => location.reload(), 2500)
    }
    seen = form
  })
}
</script></body></html>`
}

function answer(html: string, status: number, nonce: string): Response {
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': `default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'`,
    },
  })
}

export const previewPageEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/preview-page',
  method: 'get',
  handler: async (req) => {
    const language = requestLanguage(req.headers)
    const nonce = randomBytes(16).toString('base64')
    const bannerDir = language === 'ar' ? 'rtl' : 'ltr'
    const refusal = (message: string, status: number) =>
      answer(page({ lang: language, dir: bannerDir, title: message, banner: escapeHTML(message), bannerDir, content: '', nonce }), status, nonce)
    if (!isStaff(req.user)) return refusal(words.signIn[language], 401)
    const asked = req.searchParams.get('locale') ?? defaultLocale
    if (!isContentLocale(asked)) return Response.json({ errors: [{ message: `Unknown locale "${asked}": use one of ${contentLocales.map((locale) => locale.code).join(', ')}.` }] }, { status: 400 })
    const id = req.routeParams?.id as string
    const read = (fallback: boolean) =>
      req.payload.findByID({ collection, id, draft: true, depth: fallback ? 3 : 0, locale: asked, fallbackLocale: fallback ? defaultLocale : false, user: req.user, overrideAccess: false, disableErrors: true, req: requestCopy(req) }) as Promise<Doc | null>
    const doc = await read(true)
    if (!doc) return refusal(words.missing[language], 404)
    const own = asked === defaultLocale ? doc : await read(false)
    const locale = contentLocales.find((candidate) => candidate.code === asked)
    const translated = Boolean(text(own?.title))
    const state = stateLabels[doc.workflowState as keyof typeof stateLabels]?.[language] ?? ''
    const banner = `${escapeHTML(words.banner[language])} · ${escapeHTML(locale?.label)} · ${escapeHTML(words.state[language])} : ${escapeHTML(state)}`
    const content = (translated ? '' : `<p class="fallback" dir="${bannerDir}" data-preview-fallback>${escapeHTML(words.fallback[language])}</p>`) + (collection === 'articles' ? articleHTML(doc, language) : eventHTML(doc, language))
    const rtl = translated ? Boolean(locale && 'rtl' in locale && locale.rtl) : false
    const shownLang = translated ? asked : defaultLocale
    return answer(page({ lang: shownLang, dir: rtl ? 'rtl' : 'ltr', title: text(doc.title), banner, bannerDir, content, nonce }), 200, nonce)
  },
})
