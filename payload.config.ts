import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Media } from './collections/Media'
import { Users } from './collections/Users'
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
  collections: [Users, Media],
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
