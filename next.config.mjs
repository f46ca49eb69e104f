import os from 'node:os'

import { readDeployment } from './lib/deployment.mjs'
import { securityHeaders } from './lib/security-headers.mjs'

const { output, basePath } = readDeployment()

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Static pages are rendered by every core: Next.js keeps one back for itself by default, which halves a 2-core
  // machine's build, where its own process is idle while the pages render (docs/performance.md#build).
  experimental: { cpus: os.availableParallelism() },
  poweredByHeader: false,
  // Unset for `next start` and Vercel; `export` writes out/, `standalone` the Docker image's server (lib/deployment.mjs).
  output,
  basePath,
  // next/link and Next's assets get basePath on their own; lib/paths.ts adds it to every other site-relative URL, in
  // server and client components alike, so it is inlined into both.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // Issue images live on other hosts at unknown sizes; serve them as they are, which also works in a static export.
  images: { unoptimized: true },
  // A static export has no server to send headers: deploy/nginx.conf sends the same ones (checked by a test).
  ...(output === 'export'
    ? {}
    : {
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders({ development: process.env.NODE_ENV === 'development' }) }]
        },
      }),
}

export default nextConfig
