/** The translations board in the side navigation, for all staff. */
export function TranslationsNavLink() {
  return (
    <a href="/admin/translations" className="nav__link" data-nav-translations style={{ display: 'block', padding: 'calc(var(--base) / 4) 0' }}>
      Traductions · الترجمات · Translations
    </a>
  )
}
