import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The express server (src/server.ts) hosts Next, so Next must not compress or add its own server.
  compress: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
