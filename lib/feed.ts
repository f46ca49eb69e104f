import { Feed, type Category, type FeedOptions, type Item } from 'feed'

import { getContent } from '@/lib/content'
import { getIssueDescription } from '@/lib/content/excerpt'
import { renderIssueHtml } from '@/lib/content/feed-html'
import type { Content } from '@/lib/content/load'
import { getDictionary } from '@/lib/i18n'
import { getSiteUrl } from '@/lib/site-url'
import { absoluteUrl, paths } from '@/lib/urls'

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

/** What the three feeds say, computed once from the content: drafts left out, latest issues first. */
export function buildFeedData({ site, issues, projects }: Pick<Content, 'site' | 'issues' | 'projects'>): FeedData {
  const siteUrl = getSiteUrl(site.url)
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const t = getDictionary(site.locale)
  const entries = issues
    .filter((issue) => !issue.draft)
    .slice(0, FEED_LENGTH)
    .map(
      (issue): FeedEntry => ({
        url: url(paths.issue(issue.slug)),
        title: issue.title,
        published: new Date(`${issue.date}T00:00:00Z`),
        summary: getIssueDescription(issue),
        html: renderIssueHtml(issue, { siteUrl, projects, t }),
        authors: issue.authors,
        tags: issue.tags.map((tag) => ({ name: tag, url: url(paths.tag(tag)) })),
        language: issue.lang,
      }),
    )
  return {
    title: site.name,
    description: site.description,
    language: site.locale,
    homeUrl: url(paths.home),
    links: { rss: url(paths.rss), atom: url(paths.atom), json: url(paths.jsonFeed) },
    updated: entries[0]?.published ?? new Date(0),
    entries,
  }
}

const feedData = new WeakMap<Content, FeedData>()

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

function feedOptions(data: FeedData): FeedOptions {
  return {
    id: data.homeUrl,
    title: data.title,
    description: data.description,
    link: data.homeUrl,
    language: data.language,
    updated: data.updated,
    generator: 'Community Weekly',
    feedLinks: data.links,
    author: { name: data.title, link: data.homeUrl },
  }
}

/** A `feed` Feed of the entries, with what RSS and Atom items share plus what `extras` gives each format. */
function xmlFeed(data: FeedData, extras: (entry: FeedEntry) => Partial<Item>): Feed {
  const feed = new Feed(feedOptions(data))
  for (const entry of data.entries) {
    feed.addItem({
      title: entry.title,
      id: entry.url,
      link: entry.url,
      date: entry.published,
      published: entry.published,
      description: entry.summary,
      content: entry.html,
      ...extras(entry),
    })
  }
  return feed
}

/** RSS 2.0, with the full issue in `content:encoded`. */
export function renderRss(data: FeedData): string {
  return xmlFeed(data, (entry) => ({
    category: entry.tags.map((tag) => ({ name: tag.name, domain: tag.url })),
    // RSS's own <author> must be an e-mail address; issues name people and teams, which is what dc:creator is for.
    extensions: entry.authors.length > 0 ? [{ name: 'dc:creator', objects: { _text: entry.authors.join(', ') } }] : [],
  })).rss2()
}

/** Atom 1.0, with the full issue as HTML content. */
export function renderAtom(data: FeedData): string {
  return xmlFeed(data, (entry) => ({
    author: entry.authors.map((name) => ({ name })),
    category: entry.tags.map((tag): Category => ({ term: attributeText(tag.name), name: attributeText(tag.name) })),
  })).atom1()
}

/**
 * `feed` writes Atom categories as attributes and escapes `&` and `"` there, but not `<`, which would make the whole
 * feed unparsable; a tag is free text, so the one character is dropped from the attribute.
 */
function attributeText(text: string): string {
  return text.replace(/</g, '')
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
