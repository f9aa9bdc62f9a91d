// Seeds the benchmark database: the MoroccoTech launch, then N published articles in fr, ar and en.
import { getPayload, type RequiredDataFromCollectionSlug } from 'payload'
import { richText, heading, paragraph } from '../src/richText/build'
import { databaseTarget } from '../src/database'
import { seedMoroccoTechLaunch } from '../src/seed'
import { refreshQueryStatistics } from '../src/sqliteStatistics'

const total = Number(process.argv[2] ?? 1000)
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await seedMoroccoTechLaunch(payload)
const section = (await payload.find({ collection: 'sections', limit: 1, depth: 0 })).docs[0]
const context = { seeding: true }
const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ')
const started = Date.now()
for (let i = 1; i <= total; i++) {
  const doc = await payload.create({
    collection: 'articles',
    locale: 'fr',
    context,
    data: {
      title: `Dépêche numéro ${i} sur le numérique marocain`,
      standfirst: `Chapô de la dépêche ${i}.`,
      section: section?.id as number,
      body: richText([heading(`Intertitre ${i}`), paragraph(words(300, 'mot'))]),
      publishedAt: new Date(Date.UTC(2022, 0, 14) + i * 3_600_000).toISOString(),
      workflowState: 'published',
      _status: 'published',
    } as RequiredDataFromCollectionSlug<'articles'>,
  })
  await payload.update({
    collection: 'articles',
    id: doc.id,
    locale: 'ar',
    context,
    data: { title: `الخبر رقم ${i} عن الرقمي المغربي`, standfirst: `مقدمة الخبر ${i}.`, body: richText([paragraph(words(300, 'كلمة'), 'rtl')], 'rtl'), translation: { status: 'done' }, _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: doc.id,
    locale: 'en',
    context,
    data: { title: `Dispatch number ${i} on Moroccan digital`, standfirst: `Standfirst of dispatch ${i}.`, translation: { status: 'done' }, _status: 'published' },
  })
  if (i % 100 === 0 || i === total) {
    const rate = i / ((Date.now() - started) / 1000)
    process.stdout.write(`\r  seeded ${i}/${total} articles (${rate.toFixed(0)}/s)   `)
  }
}
process.stdout.write('\n')
await refreshQueryStatistics(payload, databaseTarget())
await payload.destroy()
process.exit(0)
