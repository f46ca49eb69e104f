import type { MetadataRoute } from 'next'

import { getIssues, getProjects, getProjectSummary, getTags } from '@/lib/content'
import { absoluteUrl, paths } from '@/lib/urls'

export const dynamic = 'force-static'

/** Every page of the site. A page changes when an issue it shows is published, so that date is its last change. */
export default function sitemap(): MetadataRoute.Sitemap {
  const issues = getIssues().filter((issue) => !issue.draft)
  const latest = issues[0]?.date
  return [
    page(paths.home, latest),
    page(paths.archive, latest),
    ...issues.map((issue) => page(paths.issue(issue.slug), issue.date)),
    page(paths.tasks, latest),
    page(paths.qa, latest),
    page(paths.projects, latest),
    ...getProjects().map((project) => page(paths.project(project.id), getProjectSummary(project.id)?.issues[0]?.date)),
    page(paths.contributors, latest),
    page(paths.tags, latest),
    ...getTags().map((tag) => page(paths.tag(tag.tag), tag.issues[0]?.date)),
  ]
}

function page(path: string, lastModified: string | undefined): MetadataRoute.Sitemap[number] {
  return lastModified ? { url: absoluteUrl(path), lastModified } : { url: absoluteUrl(path) }
}
