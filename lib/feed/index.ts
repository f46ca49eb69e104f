import { XMLBuilder } from 'fast-xml-parser'

import { getContent } from '@/lib/content'
import { getIssueDescription } from '@/lib/content/excerpt'
import { renderIssueHtml } from './issue-html'
import type { Content } from '@/lib/content/load'
import { withoutForbiddenCharacters } from '@/lib/content/text'
import { getDictionary } from '@/lib/i18n'
import { getSiteUrl } from '@/lib/urls'
import { absoluteUrl, routes } from '@/lib/urls'
import { processWeakMap } from '@/lib/process-cache'

const GENERATOR = 'Community Weekly'

/** Issues a feed carries: the latest, newest first. */
export const FEED_LENGTH = 20

export type FeedFormat = 'rss' | 'atom' | 'json'

const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

export interface FeedEntry {
  /** The issue's absolute URL, which is also its permanent id. */
  url: string
  title: string
  published: Date
  summary: string
  /** The whole issue as sanitized HTML with absolute links. */
  html: string
  authors: string[]
  tags: { name: string; url: string }[]
  /** Set when the issue is in another language than the site. */
  language?: string
}

export interface FeedData {
  title: string
  description: string
  language: string
  homeUrl: string
  links: { rss: string; atom: string; json: string }
  /** The newest entry's date, so a rebuild of the same content writes the same feed. */
  updated: Date
  entries: FeedEntry[]
}

/**
 * What the three feeds say, computed once from the content: drafts left out, latest issues first, every text made
 * safe to carry (`feedText`) here, once, for all three formats.
 */
export function buildFeedData({ site, issues, projects }: Pick<Content, 'site' | 'issues' | 'projects'>): FeedData {
  const siteUrl = getSiteUrl(site.url)
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const t = getDictionary(site.locale)
  const entries = issues
    .filter((issue) => !issue.draft)
    .slice(0, FEED_LENGTH)
    .map(
      (issue): FeedEntry => ({
        url: url(routes.issue(issue.slug)),
        title: feedLine(issue.title),
        published: new Date(`${issue.date}T00:00:00Z`),
        summary: feedLine(getIssueDescription(issue)),
        html: feedText(renderIssueHtml(issue, { siteUrl, projects, t })),
        authors: issue.authors.map(feedLine),
        tags: issue.tags.map((tag) => ({ name: feedLine(tag), url: url(routes.tag(tag)) })),
        language: issue.lang,
      }),
    )
  return {
    title: feedLine(site.name),
    description: feedLine(site.description),
    language: site.locale,
    homeUrl: url(routes.home),
    links: { rss: url(routes.rss), atom: url(routes.atom), json: url(routes.jsonFeed) },
    updated: entries[0]?.published ?? new Date(0),
    entries,
  }
}

const feedData = processWeakMap<Content, FeedData>('feed-data')

/** The feed of the loaded content; the three feed routes share it within a build process. */
export function getFeedData(): FeedData {
  const content = getContent()
  let data = feedData.get(content)
  if (!data) {
    data = buildFeedData(content)
    feedData.set(content, data)
  }
  return data
}

/**
 * Text as every feed may carry it, whatever the content held: no characters XML 1.0 forbids (C0 controls other than
 * tab and line breaks, U+FFFE, U+FFFF, lone surrogates) and no bidirectional controls, which make a title read
 * differently from what it is. Validation already refuses such characters in content; this is the second fence for
 * the feeds, which are read outside the site. Escaping is the writers' job, not this one's.
 */
export function feedText(text: string): string {
  // Line ends as XML reads them, so every format carries the same text.
  return withoutForbiddenCharacters(text).replace(/\r\n?/g, '\n')
}

/** A one-line field (a title, a name, a tag): `feedText`, with every run of white space, line breaks included, one space. */
export function feedLine(text: string): string {
  return feedText(text).replace(/\s+/g, ' ').trim()
}

type XmlValue = string | XmlElement | XmlValue[]
interface XmlElement {
  [name: string]: XmlValue | undefined
}

const xmlBuilder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  // Escapes every `&`, `<`, `>`, `"` and `'` in text and attributes, so HTML goes in as text and every `]]>` is
  // escaped however often it occurs. (The `feed` package this replaces put HTML in CDATA sections and neutralised only
  // the first `]]>`; xmlbuilder2 leaves `&amp;` in a text unescaped, so `&lt;script&gt;` in HTML would decode to a tag.)
  processEntities: true,
})

/** Every string of a document made safe for XML (`feedText`), so no field can carry a character XML forbids. */
function cleanStrings(value: XmlValue): XmlValue {
  if (typeof value === 'string') return feedText(value)
  if (Array.isArray(value)) return value.map(cleanStrings)
  return Object.fromEntries(Object.entries(value).flatMap(([key, child]) => (child === undefined ? [] : [[key, cleanStrings(child)]])))
}

function toXml(document: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${String(xmlBuilder.build(cleanStrings(document))).trim()}\n`
}

/** RSS 2.0, with the full issue in `content:encoded`. */
export function renderRss(data: FeedData): string {
  return toXml({
    rss: {
      '@version': '2.0',
      '@xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      '@xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      channel: {
        title: data.title,
        link: data.homeUrl,
        description: data.description,
        language: data.language,
        lastBuildDate: data.updated.toUTCString(),
        generator: GENERATOR,
        'atom:link': { '@href': data.links.rss, '@rel': 'self', '@type': 'application/rss+xml' },
        item: data.entries.map((entry) => ({
          title: entry.title,
          link: entry.url,
          guid: { '@isPermaLink': 'true', '#text': entry.url },
          pubDate: entry.published.toUTCString(),
          description: entry.summary,
          'content:encoded': entry.html,
          category: entry.tags.map((tag) => ({ '@domain': tag.url, '#text': tag.name })),
          // RSS's own <author> must be an e-mail address; issues name people and teams, which dc:creator is for.
          'dc:creator': entry.authors.length > 0 ? entry.authors.join(', ') : undefined,
        })),
      },
    },
  })
}

/** Atom 1.0, with the full issue as HTML content. */
export function renderAtom(data: FeedData): string {
  return toXml({
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': data.language,
      id: data.homeUrl,
      title: { '@type': 'text', '#text': data.title },
      subtitle: { '@type': 'text', '#text': data.description },
      updated: data.updated.toISOString(),
      generator: GENERATOR,
      link: [
        { '@rel': 'alternate', '@href': data.homeUrl },
        { '@rel': 'self', '@href': data.links.atom },
      ],
      author: { name: data.title, uri: data.homeUrl },
      entry: data.entries.map((entry) => ({
        ...(entry.language ? { '@xml:lang': entry.language } : {}),
        title: { '@type': 'text', '#text': entry.title },
        id: entry.url,
        link: { '@href': entry.url },
        published: entry.published.toISOString(),
        updated: entry.published.toISOString(),
        summary: { '@type': 'text', '#text': entry.summary },
        content: { '@type': 'html', '#text': entry.html },
        author: entry.authors.map((name) => ({ name })),
        category: entry.tags.map((tag) => ({ '@term': tag.name, '@label': tag.name, '@scheme': data.homeUrl })),
      })),
    },
  })
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). `feed` only writes version 1, so this one is built here. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url: string
  feed_url: string
  description: string
  language: string
  authors: { name: string; url?: string }[]
  items: {
    id: string
    url: string
    title: string
    content_html: string
    summary: string
    date_published: string
    authors?: { name: string }[]
    tags?: string[]
    language?: string
  }[]
}

export function renderJsonFeed(data: FeedData): string {
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: data.title,
    home_page_url: data.homeUrl,
    feed_url: data.links.json,
    description: data.description,
    language: data.language,
    authors: [{ name: data.title, url: data.homeUrl }],
    items: data.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      content_html: entry.html,
      summary: entry.summary,
      date_published: entry.published.toISOString(),
      ...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      ...(entry.tags.length > 0 ? { tags: entry.tags.map((tag) => tag.name) } : {}),
      ...(entry.language ? { language: entry.language } : {}),
    })),
  }
  return JSON.stringify(feed, null, 2)
}

const renderers: Record<FeedFormat, (data: FeedData) => string> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed }

/** A feed route's response: the feed of the loaded content, with its media type. */
export function feedResponse(format: FeedFormat): Response {
  return new Response(renderers[format](getFeedData()), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } })
}
