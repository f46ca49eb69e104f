import { getSite } from '@/lib/content'
import { withoutTrailingSlashes } from '@/lib/url-policy'

import { basePath, isSiteRelative } from './base-path'

/**
 * Every URL of the site is made in lib/urls: `routes` (site-relative paths of pages and files), `listing-path.ts`
 * (the pages and filters of a list), `base-path.ts` (the base path the site is served under, which client components
 * import on its own) and, here, absolute URLs for what leaves the page: canonical links, feeds, the sitemap, Open
 * Graph tags, JSON-LD, social cards.
 *
 * `SITE_URL` (or `url` in content/site.yaml, or Vercel's production domain) is the public origin,
 * `https://example.org`; `BASE_PATH` is the path under it, `/community`. An address that already ends with the base
 * path (`SITE_URL=https://example.github.io/community`) is accepted too, and any other path is an error, so a URL
 * never carries the base path twice or not at all.
 */
export { basePath, isSiteRelative, withBasePath } from './base-path'
export { routes } from './routes'

export function getSiteOrigin(siteUrl: string = getSite().url): string {
  const url = new URL(siteUrl)
  const path = withoutTrailingSlashes(url.pathname)
  if (path && path !== basePath) {
    throw new Error(
      `the site URL ${siteUrl} has the path "${path}"${basePath ? `, but BASE_PATH is "${basePath}"` : ''}: ` +
        `set SITE_URL to the origin (${url.origin}) and BASE_PATH=${path} to serve the site under that path`,
    )
  }
  return url.origin
}

/**
 * The home page's public address, base path included, without a trailing slash: `https://example.org/community`.
 * `siteUrl` is the configured address (`site.url`), by default this site's.
 */
export function getSiteUrl(siteUrl?: string): string {
  return `${getSiteOrigin(siteUrl)}${basePath}`
}

/**
 * `/weekly/2022-05-27` → `https://example.org/community/weekly/2022-05-27`. Takes a site-relative path. `base` is a
 * public address with its base path (`getSiteUrl()`, the default); paths are appended to it, where
 * `new URL(path, base)` would drop a sub-path. The home page is the base itself, as Next.js writes it.
 */
export function absoluteUrl(path: string, base?: string): string {
  if (!isSiteRelative(path)) throw new Error(`absoluteUrl takes a site-relative path starting with "/", got "${path}"`)
  const root = withoutTrailingSlashes(base ?? getSiteUrl())
  return path === '/' ? root : `${root}${path}`
}

/** The site's address as people write it, without the scheme: `weekly.example.org`, `example.org/weekly`. */
export function displayHost(base: string = getSiteUrl()): string {
  return withoutTrailingSlashes(base.replace(/^https?:\/\//, ''))
}
