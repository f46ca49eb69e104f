import type { Metadata } from 'next'

import { getProject, getSite, type EventItem, type Issue, type ReleaseItem } from '@/lib/content'
import { getIssueDescription } from '@/lib/content/excerpt'
import { getInterface } from '@/lib/i18n'
import { SOCIAL_IMAGE_SIZE } from '@/lib/social-image/size'
import { absoluteUrl, getSiteUrl, routes } from '@/lib/urls'

export interface PageMetadataInput {
  /** The page's site-relative path, e.g. `/weekly/2022-05-27`: its canonical URL and og:url. */
  path: string
  /** Omitted on the home page, which is titled with the site's name alone. */
  title?: string
  /** Defaults to the site's description. */
  description?: string
  /** The page's own social image (site-relative path and what it shows); the site's card otherwise. */
  image?: { path: string; alt: string }
  /** For an issue: shared as an article, with its date, authors and tags. */
  article?: { publishedTime: string; authors: string[]; tags: string[] }
  /** Keep the page out of search engines (drafts). */
  noindex?: boolean
}

/**
 * A page's metadata: title, description, canonical URL, feed links, Open Graph and Twitter card. Next.js replaces a
 * parent's `openGraph`, `twitter` and `alternates` as a whole when a page sets them, so every page's metadata comes
 * from here complete, never as a partial override of the layout's.
 */
export function pageMetadata({ path, title, description, image, article, noindex = false }: PageMetadataInput): Metadata {
  const site = getSite()
  const { t } = getInterface()
  const url = absoluteUrl(path)
  const shareTitle = title ?? site.name
  const shareDescription = description ?? site.description
  const shareImage = {
    url: absoluteUrl(image?.path ?? routes.siteImage),
    ...SOCIAL_IMAGE_SIZE,
    type: 'image/png',
    alt: image?.alt ?? t.socialImageAlt(site.description, site.name),
  }
  const common = {
    url,
    siteName: site.name,
    locale: openGraphLocale(site.locale),
    title: shareTitle,
    description: shareDescription,
    images: [shareImage],
  }
  return {
    ...(title ? { title } : {}),
    description: shareDescription,
    alternates: { canonical: url, types: feedLinks() },
    openGraph: article ? { ...common, type: 'article', ...article } : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title: shareTitle, description: shareDescription, images: [shareImage] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}

/**
 * A page of a list (`/qa/project/sofa-rpc/page/2`): its own canonical URL, and a title that says which filters and
 * which page, so search results and browser tabs tell the pages apart.
 */
export function listingMetadata({ path, title, description, filters, page }: { path: string; title: string; description?: string; filters: string[]; page: number }): Metadata {
  const { t } = getInterface()
  const fullTitle = [title, ...filters, ...(page > 1 ? [t.pageNumber(page)] : [])].join(' · ')
  return pageMetadata({ path, title: fullTitle, description })
}

/**
 * What the root layout gives pages that set no metadata of their own (the 404 page): the site's card and the feed
 * links, but no canonical URL, which only a page can know.
 */
export function defaultMetadata(): Metadata {
  const site = getSite()
  const { alternates, openGraph, ...rest } = pageMetadata({ path: routes.home })
  return {
    ...rest,
    // Base path included: Next.js resolves relative metadata URLs against this URL's path and does not add it itself.
    metadataBase: new URL(getSiteUrl()),
    title: { default: site.name, template: `%s · ${site.name}` },
    alternates: { types: alternates?.types },
    openGraph: { ...openGraph, url: undefined },
  }
}

/** The three feeds, announced on every page with `<link rel="alternate">` so browsers and readers find them. */
function feedLinks(): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  const { name } = getSite()
  const { t } = getInterface()
  return {
    'application/rss+xml': [{ url: absoluteUrl(routes.rss), title: t.feedTitle(name, 'RSS') }],
    'application/atom+xml': [{ url: absoluteUrl(routes.atom), title: t.feedTitle(name, 'Atom') }],
    'application/feed+json': [{ url: absoluteUrl(routes.jsonFeed), title: t.feedTitle(name, 'JSON Feed') }],
  }
}

/** Open Graph writes locales with an underscore: `zh_CN`. */
function openGraphLocale(locale: string): string {
  return locale.replace('-', '_')
}

/** An issue page's metadata: shared as an article, with its own social card. */
export function issueMetadata(issue: Issue): Metadata {
  const site = getSite()
  const { t } = getInterface()
  return pageMetadata({
    path: routes.issue(issue.slug),
    title: issue.title,
    description: getIssueDescription(issue),
    image: { path: routes.issueImage(issue.slug), alt: t.socialImageAlt(issue.title, site.name) },
    article: { publishedTime: issue.date, authors: issue.authors, tags: issue.tags },
    noindex: issue.draft,
  })
}

/** schema.org structured data for an issue page, for search engines. */
export function issueJsonLd(issue: Issue): Record<string, unknown> {
  const site = getSite()
  const url = absoluteUrl(routes.issue(issue.slug))
  const publisher = { '@type': 'Organization', name: site.name, url: absoluteUrl(routes.home) }
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: issue.title,
    description: getIssueDescription(issue),
    datePublished: issue.date,
    url,
    mainEntityOfPage: url,
    inLanguage: issue.lang ?? site.locale,
    image: [absoluteUrl(routes.issueImage(issue.slug)), ...(issue.cover ? [issue.cover.startsWith('/') ? absoluteUrl(issue.cover) : issue.cover] : [])],
    // Front matter authors name communities and teams ("sofastack") more often than people.
    author: issue.authors.length > 0 ? issue.authors.map((name) => ({ '@type': 'Organization', name })) : publisher,
    publisher,
    ...(issue.tags.length > 0 ? { keywords: issue.tags.join(', ') } : {}),
  }
}

/** Absolute, for what leaves the page: images and links written site-relative in content. */
function absoluteContentUrl(url: string): string {
  return url.startsWith('/') ? absoluteUrl(url) : url
}

/** schema.org `Event`s for search engines: the events a page lists, each with its time, place and where to join. */
export function eventsJsonLd(events: readonly EventItem[]): Record<string, unknown> {
  const site = getSite()
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': 'Event',
        name: event.title,
        startDate: event.start,
        ...(event.end ? { endDate: event.end } : {}),
        eventStatus: 'https://schema.org/EventScheduled',
        ...(event.location ? { location: { '@type': 'Place', name: event.location } } : {}),
        ...(event.description.text ? { description: event.description.text } : {}),
        ...(event.poster ? { image: absoluteContentUrl(event.poster) } : {}),
        url: event.href ?? absoluteUrl(`${routes.events}#${event.anchor}`),
        organizer: { '@type': 'Organization', name: site.name, url: absoluteUrl(routes.home) },
      },
    })),
  }
}

/** Releases as schema.org `SoftwareApplication`s with their `softwareVersion`, as a page lists them. */
export function releasesJsonLd(releases: readonly ReleaseItem[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: releases.map((release, index) => {
      const project = getProject(release.project)
      return {
        '@type': 'ListItem',
        position: index + 1,
        item: {
          '@type': 'SoftwareApplication',
          name: project?.name ?? release.project,
          softwareVersion: release.version,
          datePublished: release.date,
          applicationCategory: 'DeveloperApplication',
          ...(release.href ? { releaseNotes: release.href } : {}),
          url: project?.repo ?? absoluteUrl(routes.project(release.project)),
        },
      }
    }),
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c` and so on, which JSON
 * reads as the same characters, so no text in an issue (`</script>`, `<!--`) can end the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
