import { idsForBothDatabases } from './src/types/idsForBothDatabases'
import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { Appointments } from './collections/Appointments'
import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { LaunchEvents } from './collections/LaunchEvents'
import { Logos } from './collections/Logos'
import { Media } from './collections/Media'
import { Officials } from './collections/Officials'
import { Organisations } from './collections/Organisations'
import { PreviewLinks } from './collections/PreviewLinks'
import { Quotes } from './collections/Quotes'
import { Releases } from './collections/Releases'
import { Sections } from './collections/Sections'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookSubscriptions } from './collections/WebhookSubscriptions'
import { Homepage } from './globals/Homepage'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { guardDocumentLocks } from './src/access/documentLocks'
import { administratorsOnly } from './src/access/staff'
import { databaseAdapter } from './src/database'
import { limitedSharp } from './src/uploads/pixelLimit'
import { explainInputErrors } from './src/hooks/explainInputErrors'
import { refuseMalformedQueries } from './src/validation/queries'
import { refuseDanglingRelationships } from './src/validation/relationships'
import { writeEveryLocaleAtOnce } from './src/translation/allLocalesWrites'
import { showSourceBeside } from './src/translation/sourceBeside'
import { corsOrigins, csrfOrigins, payloadSecret, publicServerURL, uploadLimitBytes } from './src/env'
import { publishOnSchedule, unpublishOnSchedule } from './src/jobs/scheduledPublication'
import { adminDateFormat, adminInterface, localization } from './src/localization'
import { livePreview } from './src/preview/livePreview'
import { previewEndpoint } from './src/preview/endpoints'
import { searchEndpoint } from './src/search/endpoint'
import { deskEndpoint } from './src/desk/desk'
import { deliverWebhook } from './src/webhooks/deliver'
import { publishReleaseOnSchedule } from './src/releases/publishRelease'
import { feedEndpoints } from './src/delivery/feeds/endpoints'
import { sitemapEndpoints } from './src/delivery/sitemaps'
import { openAPIEndpoint } from './src/delivery/openapi'
import { xliffEndpoints } from './src/translation/xliff/endpoints'
import { workflowMutations } from './src/workflow/graphql'
import { projectRoot } from './src/paths'
import { deliveryCacheInvalidation } from './src/plugins/deliveryCacheInvalidation'
import { publicPageSize } from './src/plugins/publicPageSize'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: publicServerURL(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp: limitedSharp,
  collections: [
    Articles,
    LaunchEvents,
    Quotes,
    Releases,
    PreviewLinks,
    Sections,
    Officials,
    Appointments,
    Organisations,
    Media,
    Logos,
    Users,
    AuditLog,
    WebhookSubscriptions,
    WebhookDeliveries,
  ],
  globals: [SiteSettings, Navigation, Homepage],
  localization,
  i18n: adminInterface,
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: adminDateFormat,
    meta: { titleSuffix: ' · MoroccoTech Newsroom' },
    importMap: { baseDir: projectRoot },
    livePreview: livePreview(),
    components: {
      beforeDashboard: ['/src/components/TranslatorLanding#TranslatorLanding', '/src/components/NewsroomDesk#NewsroomDesk'],
      afterNavLinks: ['/src/components/TranslationsNavLink#TranslationsNavLink', '/src/components/LanguageKeeper#LanguageKeeper'],
      views: { translations: { Component: '/src/components/TranslationsDashboard#TranslationsDashboard', path: '/translations' } },
    },
  },
  endpoints: [deskEndpoint, previewEndpoint, searchEndpoint, openAPIEndpoint, ...feedEndpoints, ...sitemapEndpoints, ...xliffEndpoints],
  jobs: {
    // Only administrators may run, queue or cancel jobs by hand (GET /api/payload-jobs/run); the server runs them itself.
    access: { run: administratorsOnly, queue: administratorsOnly, cancel: administratorsOnly },
    tasks: [publishOnSchedule, unpublishOnSchedule, publishReleaseOnSchedule, deliverWebhook],
    // The server process runs due jobs every minute (getPayload with `cron: true` in src/server.ts).
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
  },
  upload: { limits: { fileSize: uploadLimitBytes() } },
  typescript: { outputFile: path.join(projectRoot, 'src', 'payload-types.ts'), schema: [idsForBothDatabases] },
  graphQL: { schemaOutputFile: path.join(projectRoot, 'dist', 'schema.graphql'), mutations: workflowMutations },
  plugins: [deliveryCacheInvalidation(), publicPageSize()],
  cors: corsOrigins(),
  csrf: csrfOrigins(),
  hooks: { afterError: [explainInputErrors] },
  telemetry: false,
})
  .then(guardDocumentLocks)
  .then(writeEveryLocaleAtOnce)
  .then(refuseMalformedQueries)
  .then(refuseDanglingRelationships)
  .then(showSourceBeside)
