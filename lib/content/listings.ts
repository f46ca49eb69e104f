import { issueMentionsProject, type BoardTask, type FeaturedContributor, type QAItem, type ReleaseItem, type TagSummary } from './aggregate'
import type { Issue } from './issue'
import { buildListings, pagesOfItems, paginate, type Facet, type Listing, type Listings, type PageBudget } from './listing'
import { DIFFICULTIES, TASK_STATUSES, type Project } from './schema'
import { routes } from '@/lib/urls/routes'

/**
 * The pages of every list of the site, computed once per build: which Q&A, task, issue and contributor each page
 * holds, every filtered listing, and the page each Q&A and task anchor lives on.
 *
 * Pages have a budget, not only a length: a page of the site must stay under 60 KB of gzipped HTML and 1,500
 * elements whatever the archive holds (docs/performance.md). Weights are characters of text plus a fixed cost per
 * item for its frame (badges, dates, links); measured on the imported SOFA Weekly archive, a Q&A's frame is worth
 * about 300 characters, and 12,000 weighed characters make about 25 KB of gzipped HTML.
 */
const MAX_PAGE_WEIGHT = 12_000

const QA_BUDGET: PageBudget<QAItem> = {
  maxItems: 20,
  maxWeight: MAX_PAGE_WEIGHT,
  weight: (item) =>
    300 +
    item.question.text.length +
    item.answers.reduce((sum, answer) => sum + answer.text.length, 0) +
    item.links.reduce((sum, link) => sum + link.href.length + (link.label?.length ?? 0), 0),
}

const TASK_BUDGET: PageBudget<BoardTask> = { maxItems: 50, maxWeight: MAX_PAGE_WEIGHT, weight: (task) => 150 + task.title.length }

const ISSUE_BUDGET: PageBudget<Issue> = {
  maxItems: 40,
  maxWeight: MAX_PAGE_WEIGHT,
  weight: (issue) => 150 + issue.title.length + (issue.summary?.length ?? 0),
}

const RELEASE_BUDGET: PageBudget<ReleaseItem> = {
  maxItems: 30,
  maxWeight: MAX_PAGE_WEIGHT,
  weight: (release) => 250 + release.version.length + release.changes.text.length,
}

/** A contributor card lists this many of the person's latest appearances, then says how many earlier ones there are. */
export const CONTRIBUTOR_ISSUES_SHOWN = 8

const CONTRIBUTOR_BUDGET: PageBudget<FeaturedContributor> = {
  maxItems: 24,
  maxWeight: MAX_PAGE_WEIGHT,
  weight: (person) =>
    200 + person.issues.slice(0, CONTRIBUTOR_ISSUES_SHOWN).reduce((sum, ref) => sum + 80 + (ref.contribution?.length ?? 0), 0),
}

/** A project page previews this many of each list and links to the full listing. */
export const PROJECT_PREVIEW = { tasks: 10, qa: 3, releases: 10, issues: 10 } as const

/** The value of a facet that keeps everything. */
export const ALL = 'all'

/** The task board's default status: what a newcomer can still pick up or follow. */
export const ACTIVE = 'active'

/** The difficulty value of tasks announced without one. */
export const UNRATED = 'unrated'

/** A project facet over the registered projects that some item belongs to, in registry order. */
function projectFacet<T>(projects: readonly Project[], items: readonly T[], belongs: (item: T, projectId: string) => boolean): Facet<T> {
  const used = projects.filter((project) => items.some((item) => belongs(item, project.id))).map((project) => project.id)
  return {
    name: 'project',
    defaultValue: ALL,
    values: [ALL, ...used],
    keeps: Object.fromEntries(used.map((id) => [id, (item: T) => belongs(item, id)])),
  }
}

function taskFacets(projects: readonly Project[], tasks: readonly BoardTask[]): Facet<BoardTask>[] {
  const hasUnrated = tasks.some((task) => !task.difficulty)
  return [
    projectFacet(projects, tasks, (task, id) => task.project === id),
    {
      name: 'difficulty',
      defaultValue: ALL,
      values: [ALL, ...DIFFICULTIES, ...(hasUnrated ? [UNRATED] : [])],
      keeps: {
        ...Object.fromEntries(DIFFICULTIES.map((difficulty) => [difficulty, (task: BoardTask) => task.difficulty === difficulty])),
        [UNRATED]: (task) => !task.difficulty,
      },
    },
    {
      name: 'status',
      defaultValue: ACTIVE,
      values: [ACTIVE, ...TASK_STATUSES, ALL],
      keeps: {
        [ACTIVE]: (task) => task.status !== 'done',
        ...Object.fromEntries(TASK_STATUSES.map((status) => [status, (task: BoardTask) => task.status === status])),
      },
    },
  ]
}

/** The index a client fetches to find the page of an anchor that is not on the page it opened: `/qa#…`, `/tasks#…`. */
export interface AnchorIndex {
  /** Page addresses, each once. */
  pages: string[]
  /** Anchor → index in `pages`. */
  anchors: Record<string, number>
}

function anchorIndex(pagesByAnchor: ReadonlyMap<string, string>): AnchorIndex {
  const pages: string[] = []
  const numbers = new Map<string, number>()
  const anchors: Record<string, number> = {}
  for (const [anchor, path] of pagesByAnchor) {
    let number = numbers.get(path)
    if (number === undefined) {
      number = pages.push(path) - 1
      numbers.set(path, number)
    }
    anchors[anchor] = number
  }
  return { pages, anchors }
}

/** A year of the archive, on a page of its own: `/weekly/2021`. */
export interface ArchiveYear {
  year: string
  path: string
  /** Newest first. */
  issues: Issue[]
}

/**
 * The archive: a page per year of publication (a weekly publishes about 52 issues a year, well within a page's
 * budget, and a year's page never changes once the year is over), and `/weekly` with the latest issues.
 */
export interface Archive {
  /** The latest issues, as many as a page holds. */
  recent: Issue[]
  /** Newest year first. */
  years: ArchiveYear[]
}

export interface Preview<T> {
  /** The first items of the full listing. */
  items: T[]
  total: number
  /** The full listing. */
  path: string
}

export interface ProjectOverview {
  openTasks: Preview<BoardTask>
  qa: Preview<QAItem>
  /** The project's release timeline, newest first. */
  releases: Preview<ReleaseItem>
  issues: Preview<Issue>
}

export interface SiteListings {
  qa: Listings<QAItem>
  tasks: Listings<BoardTask>
  /** Every release, newest first, by project: `/releases/project/sofa-registry`. */
  releases: Listings<ReleaseItem>
  archive: Archive
  /** The issues that mention each project, by project id: `/projects/sofa-rpc/issues`. */
  projectIssues: ReadonlyMap<string, Listings<Issue>>
  contributors: Listings<FeaturedContributor>
  /** By tag slug. */
  tags: ReadonlyMap<string, Listings<Issue>>
  /** Where each Q&A is listed: its page of the unfiltered Q&A list, by anchor. */
  qaPages: ReadonlyMap<string, string>
  /** Where each task is listed: its page of the default board, or for a done task of the board of done tasks. */
  taskPages: ReadonlyMap<string, string>
  qaAnchors: AnchorIndex
  taskAnchors: AnchorIndex
  projectOverview(projectId: string): ProjectOverview
}

export interface ListingSource {
  /** Newest first. */
  issues: readonly Issue[]
  projects: readonly Project[]
  qa: readonly QAItem[]
  tasks: readonly BoardTask[]
  contributors: readonly FeaturedContributor[]
  tags: readonly TagSummary[]
  /** Newest first. */
  releases: readonly ReleaseItem[]
}

function buildArchive(issues: readonly Issue[]): Archive {
  const years = new Map<string, Issue[]>()
  for (const issue of issues) {
    const year = issue.date.slice(0, 4)
    years.set(year, [...(years.get(year) ?? []), issue])
  }
  return {
    recent: paginate(issues, ISSUE_BUDGET)[0] ?? [],
    years: [...years].map(([year, yearIssues]) => ({ year, path: routes.archiveYear(year), issues: yearIssues })),
  }
}

function preview<T>(listing: Listing<T> | undefined, fallbackPath: string, count: number): Preview<T> {
  return {
    items: listing?.pages[0]?.items.slice(0, count) ?? [],
    total: listing?.items.length ?? 0,
    path: listing?.pages[0]?.path ?? fallbackPath,
  }
}

export function buildSiteListings(source: ListingSource): SiteListings {
  const { issues, projects } = source
  const qa = buildListings(
    routes.qa,
    source.qa,
    [projectFacet(projects, source.qa, (item, id) => item.project === id)],
    QA_BUDGET,
  )
  const tasks = buildListings(routes.tasks, source.tasks, taskFacets(projects, source.tasks), TASK_BUDGET)
  const releases = buildListings(
    routes.releases,
    source.releases,
    [projectFacet(projects, source.releases, (release, id) => release.project === id)],
    RELEASE_BUDGET,
  )
  const projectIssues = new Map(
    projects.map((project) => [
      project.id,
      buildListings(routes.projectIssues(project.id), issues.filter((issue) => issueMentionsProject(issue, project.id)), [], ISSUE_BUDGET),
    ]),
  )
  const contributors = buildListings(routes.contributors, source.contributors, [], CONTRIBUTOR_BUDGET)
  const bySlug = new Map(issues.map((issue) => [issue.slug, issue]))
  const tags = new Map(
    source.tags.map((tag) => [
      tag.slug,
      buildListings(routes.tag(tag.tag), tag.issues.flatMap((ref) => bySlug.get(ref.slug) ?? []), [], ISSUE_BUDGET),
    ]),
  )

  const qaPages = pagesOfItems(qa.unfiltered, (item) => item.anchor)
  const taskPages = pagesOfItems(tasks.unfiltered, (task) => task.id)
  for (const status of TASK_STATUSES) {
    const listing = tasks.get({ status })
    if (!listing) continue
    for (const [id, path] of pagesOfItems(listing, (task) => task.id)) if (!taskPages.has(id)) taskPages.set(id, path)
  }

  return {
    qa,
    tasks,
    releases,
    archive: buildArchive(issues),
    projectIssues,
    contributors,
    tags,
    qaPages,
    taskPages,
    qaAnchors: anchorIndex(qaPages),
    taskAnchors: anchorIndex(taskPages),
    projectOverview: (projectId) => ({
      openTasks: preview(tasks.get({ project: projectId }), tasks.first.path, PROJECT_PREVIEW.tasks),
      qa: preview(qa.get({ project: projectId }), qa.first.path, PROJECT_PREVIEW.qa),
      releases: preview(releases.get({ project: projectId }), releases.first.path, PROJECT_PREVIEW.releases),
      issues: preview(projectIssues.get(projectId)?.unfiltered, routes.archive, PROJECT_PREVIEW.issues),
    }),
  }
}
