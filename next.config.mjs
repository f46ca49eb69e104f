import { securityHeaders } from './lib/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Issue images live on other hosts at unknown sizes; serve them as they are, which also works in a static export.
  images: { unoptimized: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ development: process.env.NODE_ENV === 'development' }) }]
  },
}

export default nextConfig
