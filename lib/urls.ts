import { tagSlug } from '@/lib/content/slug'
import { getSiteUrl } from '@/lib/site-url'
import { withoutTrailingSlashes } from '@/lib/url-policy'

/**
 * The one place the site's absolute URLs are made (canonical links, feeds, sitemap, social cards, JSON-LD); the rest
 * of the code links with site-relative paths. The base is the public address with the base path
 * (`getSiteUrl()`: `SITE_URL` + `BASE_PATH`): paths are appended to it, where `new URL(path, base)` would drop a
 * sub-path.
 */
export function absoluteUrl(path: string, base: string = getSiteUrl()): string {
  const root = withoutTrailingSlashes(base)
  // The home page is the base itself, as Next.js writes it (no trailing slash), also under a sub-path.
  if (path === '/' || path === '') return root
  return `${root}${path.startsWith('/') ? path : `/${path}`}`
}

/** The site's address as people write it, without the scheme: `weekly.example.org`, `example.org/weekly`. */
export function displayHost(base: string = getSiteUrl()): string {
  return withoutTrailingSlashes(base.replace(/^https?:\/\//, ''))
}

/** Site-relative paths of the pages and files that other sites link to. */
export const paths = {
  home: '/',
  archive: '/weekly',
  issue: (slug: string) => `/weekly/${slug}`,
  /** A year of the archive; it shares the segment with issues, whose names start with a full date. */
  archiveYear: (year: string) => `/weekly/${year}`,
  issueImage: (slug: string) => `/weekly/${slug}/og.png`,
  siteImage: '/og.png',
  tasks: '/tasks',
  /** Which page of the board lists each task (lib/content/listings.ts `AnchorIndex`). */
  taskAnchors: '/tasks/anchors.json',
  qa: '/qa',
  qaAnchors: '/qa/anchors.json',
  projects: '/projects',
  project: (id: string) => `/projects/${id}`,
  projectIssues: (id: string) => `/projects/${id}/issues`,
  contributors: '/contributors',
  tags: '/tags',
  /** Takes the tag as written; the path holds its slug. */
  tag: (tag: string) => `/tags/${encodeURIComponent(tagSlug(tag))}`,
  rss: '/feed.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap.xml',
} as const
