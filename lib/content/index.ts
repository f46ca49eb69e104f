import {
  collectContributors,
  collectEvents,
  collectQAs,
  collectReleases,
  collectTags,
  countOpenTasks,
  splitEvents,
  summarizeProject,
  type BoardTask,
  type EventItem,
  type FeaturedContributor,
  type ProjectSummary,
  type QAItem,
  type ReleaseItem,
  type TagSummary,
} from './aggregate'
import { collectLiveBoard, githubStateOf, type GitHubState } from './github-state'
import { buildSiteListings, type SiteListings } from './listings'
import { getContentDir, readContent, type Content } from './load'
import { collectSearchDocuments } from './search-documents'
import type { Issue } from './issue'
import type { Project, SiteSettings } from './schema'
import { buildTime, formatIssueDate } from '@/lib/dates'
import { processSlot, processWeakMap } from '@/lib/process-cache'
import { buildSearchIndex, type SearchIndexFiles } from '@/lib/search/build-index'
import type { SearchDocument } from '@/lib/search/format'

export type { Issue } from './issue'
export type { ContributorsBlock, Contributor, EventEntry, QAEntry, ReleaseEntry, TaskEntry, ReadingEntry, Heading } from './blocks'
export type { Project, SiteSettings, Difficulty, TaskStatus } from './schema'
export { DIFFICULTIES, TASK_STATUSES } from './schema'
export { ContentError } from './problems'
export type { BoardTask, EventItem, FeaturedContributor, IssueRef, ProjectSummary, QAItem, ReleaseItem, TagSummary } from './aggregate'
export { tagSlug } from './slug'
export type { GitHubState } from './github-state'
export type { Listing, ListingPage, Listings } from './listing'
export type { AnchorIndex, Archive, ArchiveYear, Preview, ProjectOverview, SiteListings } from './listings'
export { ACTIVE, ALL, CONTRIBUTOR_ISSUES_SHOWN, UNRATED } from './listings'

const cached = processSlot<{ dir: string; content: Content }>('content')

/**
 * The whole content folder as the site shows it, read once per build process. In development every call reads it
 * again, so edits show on reload without restarting the server.
 *
 * Drafts (`draft: true`) are previewed in `next dev`, with a badge, and left out of production (`next build`,
 * `next start`): no page, and absent from every list derived from here. Validation still checks them.
 */
export function getContent(): Content {
  const dir = getContentDir()
  const production = process.env.NODE_ENV === 'production'
  if (production && cached.value?.dir === dir) return cached.value.content
  const content = readContent(dir)
  if (!production) return content
  cached.value = { dir, content: { ...content, issues: content.issues.filter((issue) => !issue.draft) } }
  return cached.value.content
}

export function getSite(): SiteSettings {
  return getContent().site
}

export function getProjects(): Project[] {
  return getContent().projects
}

export function getProject(id: string): Project | undefined {
  return getProjects().find((project) => project.id === id)
}

/** Every issue, newest first. */
export function getIssues(): Issue[] {
  return getContent().issues
}

/** The `generateStaticParams` of every file an issue has besides its page (social card, e-mail, WeChat article). */
export function getIssueParams(): { slug: string }[] {
  return getIssues().map((issue) => ({ slug: issue.slug }))
}

export function getLatestIssue(): Issue | undefined {
  return getIssues()[0]
}

export function getIssue(slug: string): Issue | undefined {
  return getIssues().find((issue) => issue.slug === slug)
}

/** The issues published just before and just after this one. */
export function getAdjacentIssues(slug: string): { previous?: Issue; next?: Issue } {
  const issues = getIssues()
  const index = issues.findIndex((issue) => issue.slug === slug)
  if (index === -1) return {}
  return { previous: issues[index + 1], next: index > 0 ? issues[index - 1] : undefined }
}

/** Issues grouped by year of publication, newest year first, each year newest first. */
export function getIssuesByYear(): { year: string; issues: Issue[] }[] {
  const years = new Map<string, Issue[]>()
  for (const issue of getIssues()) {
    const year = issue.date.slice(0, 4)
    years.set(year, [...(years.get(year) ?? []), issue])
  }
  return [...years].map(([year, issues]) => ({ year, issues }))
}

/** The URL to edit an issue's source on GitHub. */
export function getEditUrl(issue: Issue): string {
  const { url, branch, contentPath } = getSite().repository
  return `${url}/edit/${branch}/${contentPath}/weekly/${issue.fileName}`
}

interface Indexes {
  tasks: BoardTask[]
  github: Map<string, GitHubState>
  qa: QAItem[]
  contributors: FeaturedContributor[]
  tags: TagSummary[]
  releases: ReleaseItem[]
  events: EventItem[]
  listings: SiteListings
}

const indexes = processWeakMap<Content, Indexes>('indexes')

/** The cross-issue indexes, computed once per loaded content (so once per build). */
function getIndexes(): Indexes {
  const content = getContent()
  let cachedIndexes = indexes.get(content)
  if (!cachedIndexes) {
    const { tasks, github } = collectLiveBoard(content.issues, content.github)
    const qa = collectQAs(content.issues)
    const contributors = collectContributors(content.issues)
    const tags = collectTags(content.issues)
    const releases = collectReleases(content.issues)
    const events = collectEvents(content.issues)
    const listings = buildSiteListings({ issues: content.issues, projects: content.projects, qa, tasks, contributors, tags, releases })
    cachedIndexes = { tasks, github, qa, contributors, tags, releases, events, listings }
    indexes.set(content, cachedIndexes)
  }
  return cachedIndexes
}

/** Every distinct newcomer task, Easy to Hard, with its status from GitHub where the last sync read it. */
export function getTasks(): BoardTask[] {
  return getIndexes().tasks
}

/** What the last sync read from GitHub about the issue or pull request a link points at, if anything. */
export function getGitHubState(href: string): GitHubState | undefined {
  return githubStateOf(href, getIndexes().github)
}

export function getOpenTaskCounts(): ReturnType<typeof countOpenTasks> {
  return countOpenTasks(getTasks())
}

/** Every Q&A, newest first. */
export function getQAs(): QAItem[] {
  return getIndexes().qa
}

export function getContributors(): FeaturedContributor[] {
  return getIndexes().contributors
}

export function getTags(): TagSummary[] {
  return getIndexes().tags
}

export function getTag(slug: string): TagSummary | undefined {
  return getTags().find((tag) => tag.slug === slug)
}

export function getProjectSummary(id: string): ProjectSummary | undefined {
  const project = getProject(id)
  return project && summarizeProject(project, getTasks(), getQAs(), getIssues(), getReleases())
}

/** Every release announced, newest first. */
export function getReleases(): ReleaseItem[] {
  return getIndexes().releases
}

/** Every event announced, soonest first. */
export function getEvents(): EventItem[] {
  return getIndexes().events
}

/** Events not yet over when the site is built, soonest first, and past ones, most recent first. */
export function getEventsByTime(): { upcoming: EventItem[]; past: EventItem[] } {
  return splitEvents(getEvents(), buildTime())
}

/** Every list split into pages, with its filtered listings and where each Q&A and task is listed. */
export function getListings(): SiteListings {
  return getIndexes().listings
}

/** Documents for the site search index. */
export function getSearchDocuments(): SearchDocument[] {
  const { taskPages, tasks } = getListings()
  return collectSearchDocuments(getIssues(), getQAs(), getTasks(), getProjects(), (task) => taskPages.get(task.id) ?? tasks.base, getReleases(), getEvents())
}

const searchIndexes = processWeakMap<Content, SearchIndexFiles>('search-index')

/** The sharded search index (lib/search/format.ts), built once per loaded content: its routes ask for it per file. */
export function getSearchIndex(): SearchIndexFiles {
  const content = getContent()
  let index = searchIndexes.get(content)
  if (!index) {
    const { locale } = getSite()
    index = buildSearchIndex(getSearchDocuments(), { formatDate: (date) => formatIssueDate(date, locale) })
    searchIndexes.set(content, index)
  }
  return index
}
