import { getSite } from '@/lib/content'
import { basePath, isSiteRelative, withBasePath } from '@/lib/paths'
import { withoutTrailingSlashes } from '@/lib/url-policy'

/**
 * Absolute URLs, for what leaves the page: canonical links, feeds, the sitemap, Open Graph tags.
 *
 * `SITE_URL` (or `url` in content/site.yaml, or Vercel's production domain) is the public origin,
 * `https://example.org`; `BASE_PATH` is the path under it, `/community`. An address that already ends with the base
 * path (`SITE_URL=https://example.github.io/community`) is accepted too, and any other path is an error, so a URL
 * never carries the base path twice or not at all.
 */
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

/** `/weekly/2022-05-27` → `https://example.org/community/weekly/2022-05-27`. Takes a site-relative path. */
export function absoluteUrl(path: string): string {
  if (!isSiteRelative(path)) throw new Error(`absoluteUrl takes a site-relative path starting with "/", got "${path}"`)
  return `${getSiteOrigin()}${withBasePath(path)}`
}
