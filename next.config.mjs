/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Issue images live on other hosts at unknown sizes; serve them as they are, which also works in a static export.
  images: { unoptimized: true },
}

export default nextConfig
