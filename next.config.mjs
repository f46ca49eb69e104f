import { securityHeaders } from './lib/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Issue images live on other hosts at unknown sizes; serve them as they are, which also works in a static export.
  images: { unoptimized: true },
  // STATIC_EXPORT=1 writes the site as plain files to out/ (every route, feeds and social images included, is
  // prerendered, so nothing needs a server). Static hosts send the headers from their own config (deploy/).
  ...(process.env.STATIC_EXPORT === '1'
    ? { output: 'export' }
    : {
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders({ development: process.env.NODE_ENV === 'development' }) }]
        },
      }),
}

export default nextConfig
