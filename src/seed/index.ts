import type { CollectionSlug, Payload, Where } from 'payload'
import type { ContentLocale } from '../localization'
import { block, heading, paragraph, richText } from '../richText/build'
import { article, event, LAUNCH_DAY, officials, organisations, quotes, section, siteSettings } from './content'
import { initialsLogo, launchBanner } from './logos'

type Id = number | string
type Localized = Partial<Record<ContentLocale, unknown>>
const TRANSLATED: ContentLocale[] = ['ar', 'en']
const context = { seeding: true }

export type SeedReport = { created: number; skipped: number }

/**
 * Loads the MoroccoTech launch: section, organisations and their logos, officials and their appointments,
 * quotes, the launch event, the article in fr, ar and en, and the site globals. Each record is looked up by a
 * natural key first, so running it again changes nothing.
 */
export async function seedMoroccoTechLaunch(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: 0, skipped: 0 }
  const say = (message: string) => payload.logger.info(`[seed] ${message}`)

  async function ensure(
    collection: CollectionSlug,
    where: Where,
    label: string,
    create: () => Promise<{ id: Id }>,
  ): Promise<Id> {
    const existing = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
    const found = existing.docs[0] as { id: Id } | undefined
    if (found) {
      report.skipped++
      say(`${label}: already there`)
      return found.id
    }
    const created = await create()
    report.created++
    say(`${label}: created`)
    return created.id
  }

  /** Creates in French, then adds each other locale's values to the same document. */
  async function createTranslated(
    collection: CollectionSlug,
    shared: Record<string, unknown>,
    localized: (locale: ContentLocale) => Record<string, unknown>,
    locales: ContentLocale[] = TRANSLATED,
    file?: { data: Buffer; mimetype: string; name: string; size: number },
  ): Promise<{ id: Id }> {
    const data = { ...shared, ...localized('fr') } as never
    const doc = (await payload.create({ collection, locale: 'fr', context, data, file })) as { id: Id }
    for (const locale of locales) {
      await payload.update({ collection, id: doc.id, locale, context, data: { ...shared, ...localized(locale) } as never })
    }
    return doc
  }

  const pick = (value: Localized, locale: ContentLocale) => value[locale] ?? value.fr
  /** The seed's translations were reviewed: each is marked done, so the launch is live in every seeded locale. */
  const reviewed = (locale: ContentLocale) => (locale === 'fr' ? {} : { translation: { status: 'done' } })

  say('MoroccoTech launch, 14 January 2022')
  const sectionId = await ensure('sections', { slug: { equals: section.slug } }, `section "${section.name.fr}"`, () =>
    createTranslated('sections', { slug: section.slug, order: 1 }, (locale) => ({
      name: pick(section.name, locale),
      description: pick(section.description, locale),
    })),
  )

  const organisationIds: Record<string, Id> = {}
  for (const organisation of organisations) {
    organisationIds[organisation.key] = await ensure(
      'organisations',
      { acronym: { equals: organisation.acronym } },
      `organisation ${organisation.acronym}`,
      async () => {
        const svg = Buffer.from(initialsLogo(organisation.acronym, organisation.colour))
        const logo = await payload.create({
          collection: 'logos',
          locale: 'fr',
          context,
          data: { alt: `Logo ${organisation.acronym}` },
          file: { data: svg, mimetype: 'image/svg+xml', name: `${organisation.key}.svg`, size: svg.length },
        })
        return createTranslated(
          'organisations',
          {
            acronym: organisation.acronym,
            slug: organisation.key,
            kind: organisation.kind,
            logo: logo.id,
            order: organisations.indexOf(organisation),
          },
          (locale) => ({ name: pick(organisation.name, locale) }),
        )
      },
    )
  }

  const officialIds: Record<string, Id> = {}
  const appointmentIds: Record<string, Id> = {}
  for (const official of officials) {
    officialIds[official.key] = await ensure('officials', { slug: { equals: official.slug } }, `official ${official.fullName.fr}`, () =>
      createTranslated('officials', { slug: official.slug }, (locale) => ({
        fullName: pick(official.fullName, locale),
        honorific: pick(official.honorific, locale),
      })),
    )
    const officialId = officialIds[official.key] as Id
    appointmentIds[official.key] = await ensure(
      'appointments',
      {
        and: [
          { official: { equals: officialId } },
          { roleTitle: { equals: official.appointment.roleTitle.fr } },
        ],
      },
      `appointment of ${official.fullName.fr}`,
      () =>
        createTranslated(
          'appointments',
          {
            official: officialId,
            organisation: organisationIds[official.appointment.organisation],
            startDate: official.appointment.startDate,
          },
          (locale) => ({ roleTitle: pick(official.appointment.roleTitle, locale) }),
        ),
    )
  }

  const partnerIds = organisations.filter((organisation) => organisation.partnerRole).map((o) => organisationIds[o.key] as Id)
  const eventId = await ensure('launch-events', { slug: { equals: event.slug } }, `launch event "${event.title.fr}"`, () =>
    createTranslated(
      'launch-events',
      {
        slug: event.slug,
        startsAt: `${LAUNCH_DAY}T09:00:00.000Z`,
        endsAt: `${LAUNCH_DAY}T17:00:00.000Z`,
        startsAt_tz: 'Africa/Casablanca',
        endsAt_tz: 'Africa/Casablanca',
        status: 'held',
        workflowState: 'published',
        organiser: organisationIds.ministry,
        partners: organisations
          .filter((organisation) => organisation.partnerRole)
          .map((organisation) => ({ organisation: organisationIds[organisation.key], role: organisation.partnerRole })),
        speakers: officials.map((official) => officialIds[official.key]),
        _status: 'published',
      },
      (locale) => ({ title: pick(event.title, locale), summary: pick(event.summary, locale), ...reviewed(locale) }),
    ),
  )

  const quoteIds: Record<string, Id> = {}
  for (const quote of quotes) {
    quoteIds[quote.key] = await ensure('quotes', { 'text': { equals: quote.text.fr } }, `quote "${quote.text.fr.slice(0, 40)}…"`, () =>
      createTranslated(
        'quotes',
        {
          speaker: officialIds[quote.speaker],
          appointment: appointmentIds[quote.speaker],
          saidOn: LAUNCH_DAY,
          originalLocale: 'fr',
          launchEvent: eventId,
          approvalStatus: 'approved',
        },
        (locale) => ({ text: pick(quote.text, locale), ...reviewed(locale) }),
      ),
    )
  }

  const body = (locale: ContentLocale) => {
    const direction = locale === 'ar' ? 'rtl' : 'ltr'
    return richText(
      [
        heading(pick(article.headings.brand, locale) as string, 'h2', direction),
        paragraph(pick(article.paragraphs.partners, locale) as string, direction),
        block('officialQuote', { quote: quoteIds.celebration }),
        paragraph(pick(article.paragraphs.talent, locale) as string, direction),
        block('officialQuote', { quote: quoteIds.governance }),
        heading(pick(article.headings.ambition, locale) as string, 'h2', direction),
        paragraph(pick(article.paragraphs.ambition, locale) as string, direction),
        block('partnerStrip', { heading: pick(article.partnerStripHeading, locale), organisations: partnerIds }),
        block('eventCard', { event: eventId }),
      ],
      direction,
    )
  }

  const heroId = await ensure('media', { filename: { equals: 'moroccotech-launch.jpg' } }, 'hero image', async () => {
    const banner = await launchBanner()
    return createTranslated(
      'media',
      { credit: 'MoroccoTech Newsroom' },
      (locale) => ({ alt: pick(article.heroAlt, locale) }),
      TRANSLATED,
      { data: banner, mimetype: 'image/jpeg', name: 'moroccotech-launch.jpg', size: banner.length },
    )
  })

  const articleId = await ensure('articles', { slug: { equals: article.slug.fr } }, `article "${article.title.fr}"`, () =>
    createTranslated(
      'articles',
      {
        type: 'news-story',
        section: sectionId,
        byline: 'S.M',
        publishedAt: `${LAUNCH_DAY}T12:00:00.000Z`,
        launchEvent: eventId,
        pressCoverage: [article.coverage],
        workflowState: 'published',
        hero: { image: heroId, credit: 'MoroccoTech Newsroom' },
        _status: 'published',
      },
      (locale) => ({
        title: pick(article.title, locale),
        slug: pick(article.slug, locale),
        standfirst: pick(article.standfirst, locale),
        tags: pick(article.tags, locale),
        body: body(locale),
        hero: { image: heroId, credit: 'MoroccoTech Newsroom', caption: pick(article.heroCaption, locale) },
        ...reviewed(locale),
      }),
    ),
  )

  await seedGlobals(payload, { sectionId, articleId, eventId, partnerIds }, report, say)
  say(`done: ${report.created} created, ${report.skipped} already there`)
  return report
}

async function seedGlobals(
  payload: Payload,
  ids: { sectionId: Id; articleId: Id; eventId: Id; partnerIds: Id[] },
  report: SeedReport,
  say: (message: string) => void,
): Promise<void> {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'fr', depth: 0 })
  if (settings.siteName) {
    report.skipped++
    say('site settings, navigation and homepage: already there')
    return
  }
  for (const locale of ['fr', 'ar', 'en'] as ContentLocale[]) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      context,
      data: {
        siteName: siteSettings.siteName[locale],
        tagline: siteSettings.tagline[locale as 'fr'],
        social: siteSettings.social,
      },
    })
  }
  const labels = {
    news: { fr: 'Actu Maroc', ar: 'أخبار المغرب', en: 'Morocco News' },
    launch: { fr: 'Lancement de MoroccoTech', ar: 'إطلاق MoroccoTech', en: 'MoroccoTech launch' },
  }
  const navigation = await payload.updateGlobal({
    slug: 'navigation',
    locale: 'fr',
    context,
    data: {
      header: [
        { label: labels.news.fr, kind: 'section', section: ids.sectionId as number },
        { label: labels.launch.fr, kind: 'article', article: ids.articleId as number },
      ],
      footer: [{ label: 'LinkedIn', kind: 'external', url: siteSettings.social.linkedin }],
    },
  })
  for (const locale of ['ar', 'en'] as const) {
    await payload.updateGlobal({
      slug: 'navigation',
      locale,
      context,
      data: {
        header: (navigation.header ?? []).map((item, index) => ({
          ...item,
          label: [labels.news, labels.launch][index]?.[locale] ?? item.label,
        })),
        footer: navigation.footer,
      },
    })
  }
  await payload.updateGlobal({
    slug: 'homepage',
    context,
    data: {
      leadArticle: ids.articleId as number,
      featuredEvent: ids.eventId as number,
      partnerStrip: ids.partnerIds as number[],
    },
  })
  report.created += 3
  say('site settings, navigation and homepage: created')
}

/** A newsroom with no section, organisation or article yet: what a first `npm run dev` starts on. */
export async function isEmptyNewsroom(payload: Payload): Promise<boolean> {
  const counts = await Promise.all(
    (['sections', 'organisations', 'articles'] as const).map((collection) => payload.count({ collection })),
  )
  return counts.every((count) => count.totalDocs === 0)
}
