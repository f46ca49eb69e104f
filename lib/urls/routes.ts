import { tagSlug } from '@/lib/content/slug'

/**
 * Site-relative paths of every page and file of the site: components link with these, `absoluteUrl` (lib/urls)
 * makes them absolute for what leaves the page. The lists' pages and filters are in `listing-path.ts`.
 */
export const routes = {
  home: '/',
  archive: '/weekly',
  issue: (slug: string) => `/weekly/${slug}`,
  /** A year of the archive; it shares the segment with issues, whose names start with a full date. */
  archiveYear: (year: string) => `/weekly/${year}`,
  /** A block of an issue (`#qa-1`, `#task-3`), on the issue's page; the page itself when the anchor is unknown. */
  issueAnchor: (slug: string, anchor: string | undefined) => (anchor ? `/weekly/${slug}#${anchor}` : `/weekly/${slug}`),
  issueImage: (slug: string) => `/weekly/${slug}/og.png`,
  /** The issue as a self-contained HTML e-mail, to paste into a sending service. */
  issueEmail: (slug: string) => `/weekly/${slug}/email.html`,
  /** The issue laid out for the WeChat Official Account editor, with a button that copies it. */
  issueWechat: (slug: string) => `/weekly/${slug}/wechat`,
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
  releases: '/releases',
  events: '/events',
  /** The iCalendar feed of every event, which calendar apps subscribe to. */
  eventsCalendar: '/events.ics',
  /** One event as an iCalendar file, to add it to a calendar: `/calendar/2023-01-06-event-1.ics`. */
  eventCalendar: (anchor: string) => `/calendar/${anchor}.ics`,
  tags: '/tags',
  /** Takes the tag as written; the path holds its slug. */
  tag: (tag: string) => `/tags/${encodeURIComponent(tagSlug(tag))}`,
  search: '/search',
  /** The search index's entry, and the folder of its shards and chunks (lib/search). */
  searchIndex: '/search-index.json',
  searchIndexFiles: '/search-index',
  rss: '/feed.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap.xml',
} as const
