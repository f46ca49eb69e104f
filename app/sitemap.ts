import type { MetadataRoute } from 'next'

import { getIssues, getListings, getProjects, getProjectSummary, getTags, type Listings } from '@/lib/content'
import { absoluteUrl, routes } from '@/lib/urls'

export const dynamic = 'force-static'

/**
 * Every page of the site. A page changes when an issue it shows is published, so that date is its last change.
 *
 * Lists are listed with all their pages, unfiltered and by project (the pages someone would search for: "SOFARPC
 * Q&A"), and the archive by year; the task board's combinations of difficulty and status are left to the links on
 * the board, as they only re-slice pages already listed.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const issues = getIssues().filter((issue) => !issue.draft)
  const latest = issues[0]?.date
  const listings = getListings()
  return [
    page(routes.home, latest),
    page(routes.archive, latest),
    ...listings.archive.years.map((year) => page(year.path, year.issues[0]?.date)),
    ...issues.map((issue) => page(routes.issue(issue.slug), issue.date)),
    ...listPages(listings.tasks, latest),
    ...listPages(listings.qa, latest),
    ...listPages(listings.releases, latest),
    page(routes.events, latest),
    page(routes.projects, latest),
    ...getProjects().flatMap((project) => {
      const lastModified = getProjectSummary(project.id)?.issues[0]?.date
      const issuesOf = listings.projectIssues.get(project.id)
      return [page(routes.project(project.id), lastModified), ...(issuesOf ? listPages(issuesOf, lastModified) : [])]
    }),
    ...listPages(listings.contributors, latest),
    page(routes.tags, latest),
    ...getTags().flatMap((tag) => {
      const tagListings = listings.tags.get(tag.slug)
      return tagListings ? listPages(tagListings, tag.issues[0]?.date) : []
    }),
  ]
}

/** Every page of a list's unfiltered and project listings. */
function listPages<T>(listings: Listings<T>, lastModified: string | undefined): MetadataRoute.Sitemap {
  const byProjectOnly = listings.all.filter((listing) => listings.facets.every((facet) => facet.name === 'project' || listing.selection[facet.name] === facet.defaultValue))
  return byProjectOnly.flatMap((listing) => listing.pages.map((listed) => page(listed.path, lastModified)))
}

function page(path: string, lastModified: string | undefined): MetadataRoute.Sitemap[number] {
  return lastModified ? { url: absoluteUrl(path), lastModified } : { url: absoluteUrl(path) }
}
