import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Appointments } from './collections/Appointments'
import { Articles } from './collections/Articles'
import { LaunchEvents } from './collections/LaunchEvents'
import { Logos } from './collections/Logos'
import { Media } from './collections/Media'
import { Officials } from './collections/Officials'
import { Organisations } from './collections/Organisations'
import { Quotes } from './collections/Quotes'
import { Sections } from './collections/Sections'
import { Users } from './collections/Users'
import { Homepage } from './globals/Homepage'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { databaseAdapter } from './src/database'
import { payloadSecret, serverURL, uploadLimitBytes } from './src/env'
import { adminInterface, localization } from './src/localization'
import { projectRoot } from './src/paths'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: serverURL(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  collections: [Articles, LaunchEvents, Quotes, Sections, Officials, Appointments, Organisations, Media, Logos, Users],
  globals: [SiteSettings, Navigation, Homepage],
  localization,
  i18n: adminInterface,
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · MoroccoTech Newsroom' },
    importMap: { baseDir: projectRoot },
  },
  upload: { limits: { fileSize: uploadLimitBytes() } },
  typescript: { outputFile: path.join(projectRoot, 'src', 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.join(projectRoot, 'src', 'schema.graphql') },
  telemetry: false,
})
