import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // express (src/server.ts) hosts Next and owns compression.
  compress: false,
  // The express server starts Payload before Next and Next's routes reuse that instance. Payload must then be
  // one module in the process, not a second bundled copy: otherwise its error classes differ between the two
  // and REST error responses lose their details (which field failed, which rule refused).
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-mongodb',
    '@payloadcms/db-sqlite',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'drizzle-orm',
    'mongoose',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
