import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import { contentLocales } from '../localization'
import { BOARD_COLLECTIONS, BOARD_STATES, type BoardState, translationBoard } from '../translation/dashboard'
import { XLIFF_COLLECTIONS } from '../translation/xliff/exchange'
import { XliffImport } from './XliffImport'

type Language = 'en' | 'fr' | 'ar'
const words: Record<Language, Record<string, string>> = {
  en: { heading: 'Translations', intro: 'Each document in each language: what needs a translator.', document: 'Document', published: 'Published in', any: 'All', locale: 'Language', status: 'Status', collection: 'Type', apply: 'Filter', none: 'Nothing to translate with these filters.', yours: 'Your languages' },
  fr: { heading: 'Traductions', intro: 'Chaque document dans chaque langue : ce qui attend un traducteur.', document: 'Document', published: 'Publié en', any: 'Tous', locale: 'Langue', status: 'État', collection: 'Type', apply: 'Filtrer', none: 'Rien à traduire avec ces filtres.', yours: 'Vos langues' },
  ar: { heading: 'الترجمات', intro: 'كل محتوى بكل لغة: ما ينتظر المترجم.', document: 'المحتوى', published: 'منشور باللغات', any: 'الكل', locale: 'اللغة', status: 'الحالة', collection: 'النوع', apply: 'تصفية', none: 'لا شيء للترجمة بهذه المرشحات.', yours: 'لغاتك' },
}
const stateWords: Record<Language, Record<BoardState, string>> = {
  en: { missing: 'Missing', 'in-progress': 'In progress', 'in-review': 'In review', done: 'Done', outdated: 'Outdated' },
  fr: { missing: 'Manquante', 'in-progress': 'En cours', 'in-review': 'En relecture', done: 'Terminée', outdated: 'Périmée' },
  ar: { missing: 'غير موجودة', 'in-progress': 'قيد الإنجاز', 'in-review': 'قيد المراجعة', done: 'منجزة', outdated: 'متجاوزة' },
}
const collectionWords: Record<Language, Record<string, string>> = {
  en: { articles: 'Article', 'launch-events': 'Launch event', quotes: 'Quote' },
  fr: { articles: 'Article', 'launch-events': 'Événement', quotes: 'Citation' },
  ar: { articles: 'مقال', 'launch-events': 'فعالية', quotes: 'تصريح' },
}
const stateColours: Record<BoardState, string> = {
  missing: 'var(--theme-error-100)',
  'in-progress': 'var(--theme-warning-100)',
  'in-review': 'var(--theme-elevation-100)',
  done: 'var(--theme-success-100)',
  outdated: 'var(--theme-error-150)',
}
const localeLabel = (code: string) => contentLocales.find((locale) => locale.code === code)?.label ?? code
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** `/admin/translations`: documents × languages with their translation state, each cell opening the editor there. */
export async function TranslationsDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect('/admin/login?redirect=%2Fadmin%2Ftranslations')
  const language = (['en', 'fr', 'ar'].includes(req.i18n.language) ? req.i18n.language : 'fr') as Language
  const t = words[language]
  const board = await translationBoard(req.payload, req, {
    locale: first(searchParams?.locale),
    status: first(searchParams?.status),
    collection: first(searchParams?.collection),
  })
  const selectable = board.assigned ?? contentLocales.map((entry) => entry.code).filter((code) => code !== 'fr')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginTop: 'calc(var(--base) * 2)' }}>{t.heading}</h1>
        <p>{t.intro}{board.assigned ? ` ${t.yours}: ${board.assigned.map(localeLabel).join(', ')}.` : ''}</p>
        <form method="get" data-translations-filters style={{ display: 'flex', gap: 'var(--base)', alignItems: 'end', margin: 'var(--base) 0' }}>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {t.locale}
            <select name="locale" defaultValue={board.filters.locale ?? ''}>
              <option value="">{t.any}</option>
              {selectable.map((code) => (
                <option key={code} value={code}>{localeLabel(code)}</option>
              ))}
            </select>
          </label>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {t.status}
            <select name="status" defaultValue={board.filters.status ?? ''}>
              <option value="">{t.any}</option>
              {BOARD_STATES.map((state) => (
                <option key={state} value={state}>{stateWords[language][state]}</option>
              ))}
            </select>
          </label>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {t.collection}
            <select name="collection" defaultValue={board.filters.collection ?? ''}>
              <option value="">{t.any}</option>
              {BOARD_COLLECTIONS.map((collection) => (
                <option key={collection} value={collection}>{collectionWords[language][collection]}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-secondary btn--size-small">{t.apply}</button>
        </form>
        <XliffImport />
        {board.rows.length === 0 ? (
          <p data-translations-empty>{t.none}</p>
        ) : (
          <table data-translations-board style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'start' }}>{t.document}</th>
                <th style={{ textAlign: 'start' }}>{t.published}</th>
                {board.locales.map((code) => (
                  <th key={code} lang={code} style={{ textAlign: 'start' }}>{localeLabel(code)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {board.rows.map((row) => (
                <tr key={`${row.collection}:${row.id}`} data-translations-row={`${row.collection}:${row.id}`} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
                  <td style={{ padding: 'calc(var(--base) / 2) 0' }}>
                    <small>{collectionWords[language][row.collection]}</small>
                    <br />
                    <a href={`/admin/collections/${row.collection}/${row.id}`}>{row.title.length > 90 ? `${row.title.slice(0, 90)}…` : row.title}</a>
                  </td>
                  <td>{row.liveLocales.join(', ') || '—'}</td>
                  {row.cells.map((cell) => (
                    <td key={cell.locale}>
                      <a
                        href={cell.editLink}
                        data-translation-cell={cell.locale}
                        data-translation-state={cell.state}
                        style={{ display: 'inline-block', padding: '2px 8px', borderRadius: 4, background: stateColours[cell.state], color: 'var(--theme-text)' }}
                      >
                        {stateWords[language][cell.state]}
                      </a>
                      {(XLIFF_COLLECTIONS as readonly string[]).includes(row.collection) ? (
                        <a href={`/api/${row.collection}/${row.id}/xliff?target=${cell.locale}`} data-xliff-export={cell.locale} download style={{ marginInlineStart: 6, fontSize: 'small' }}>
                          XLIFF
                        </a>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
