import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { generateIssues } from '@/scripts/generate-issues'

import { collectBoardTasks, collectContributors, collectQAs, collectReleases, collectTags, issueMentionsProject } from '@/lib/content/aggregate'
import { buildSiteListings } from '@/lib/content/listings'
import { readContent } from '@/lib/content/load'

/** Whether the page at `pagePath` lists the item. */
function holds(pagePath: string | undefined, pages: { path: string; items: unknown[] }[], item: unknown): boolean {
  return pages.find((page) => page.path === pagePath)?.items.includes(item) ?? false
}

describe('the pages of every list, for 200 generated issues', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-listings-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  generateIssues(dir, 200)
  const { issues, projects } = readContent(dir)
  const qa = collectQAs(issues)
  const tasks = collectBoardTasks(issues)
  const contributors = collectContributors(issues)
  const tags = collectTags(issues)
  const releases = collectReleases(issues)
  // A few done tasks, which the default board leaves out.
  const withDone = tasks.map((task, index) => (index % 9 === 0 ? { ...task, status: 'done' as const } : task))
  const listings = buildSiteListings({ issues, projects, qa, tasks: withDone, contributors, tags, releases })

  it('splits the Q&A into pages of at most 20 that hold every answer once, in order', () => {
    const { pages } = listings.qa.unfiltered
    expect(pages.length).toBe(Math.ceil(qa.length / 20))
    expect(pages.flatMap((page) => page.items)).toEqual(qa)
    expect(pages.map((page) => page.path).slice(0, 3)).toEqual(['/qa', '/qa/page/2', '/qa/page/3'])
  })

  it('filters by project over the whole list, not over one page', () => {
    for (const project of projects) {
      const listing = listings.qa.get({ project: project.id })
      expect({ project: project.id, items: listing?.pages.flatMap((page) => page.items) }).toEqual({
        project: project.id,
        items: qa.filter((item) => item.project === project.id),
      })
    }
    for (const project of projects) {
      const listing = listings.projectIssues.get(project.id)?.unfiltered
      expect(listing?.items).toEqual(issues.filter((issue) => issueMentionsProject(issue, project.id)))
      expect(listing?.pages.length).toBeGreaterThan(1)
    }
  })

  it('builds every combination of task filters, each holding exactly the tasks it names', () => {
    const keeps = {
      difficulty: (value: string, difficulty: string | undefined) => value === 'all' || value === (difficulty ?? 'unrated'),
      status: (value: string, status: string) => value === 'all' || (value === 'active' ? status !== 'done' : value === status),
    }
    expect(listings.tasks.all).toHaveLength((projects.length + 1) * 4 * 5)
    for (const listing of listings.tasks.all) {
      const { project = 'all', difficulty = 'all', status = 'active' } = listing.selection
      const expected = withDone.filter((task) => (project === 'all' || task.project === project) && keeps.difficulty(difficulty, task.difficulty) && keeps.status(status, task.status))
      expect({ selection: listing.selection, ids: listing.pages.flatMap((page) => page.items).map((task) => task.id) }).toEqual({
        selection: listing.selection,
        ids: expected.map((task) => task.id),
      })
    }
  })

  it('knows the page that lists each Q&A and each task, done tasks on the board of done tasks', () => {
    expect(qa.filter((item) => !holds(listings.qaPages.get(item.anchor), listings.qa.unfiltered.pages, item))).toEqual([])
    const done = listings.tasks.get({ status: 'done' })?.pages ?? []
    for (const task of withDone) {
      const pagePath = listings.taskPages.get(task.id)
      expect({ task: task.id, listed: holds(pagePath, task.status === 'done' ? done : listings.tasks.unfiltered.pages, task) }).toEqual({ task: task.id, listed: true })
    }
    expect(listings.taskPages.get(withDone[0]?.id ?? '')).toMatch(/^\/tasks\/status\/done(\/page\/\d+)?$/)
  })

  it('writes an anchor index that leads every anchor to its page, each page once', () => {
    const { pages, anchors } = listings.qaAnchors
    expect(new Set(pages).size).toBe(pages.length)
    expect(Object.keys(anchors)).toHaveLength(qa.length)
    expect(qa.filter((item) => pages[anchors[item.anchor] ?? -1] !== listings.qaPages.get(item.anchor))).toEqual([])
    expect(Object.keys(listings.taskAnchors.anchors)).toHaveLength(withDone.length)
  })

  it('gives the archive a page per year, every issue once, and the latest issues for /weekly', () => {
    const { years, recent } = listings.archive
    expect(years.map(({ year }) => year)).toEqual([...new Set(issues.map((issue) => issue.date.slice(0, 4)))])
    expect(years.flatMap((year) => year.issues)).toEqual(issues)
    expect(years.filter((year) => year.issues.some((issue) => !issue.date.startsWith(year.year)))).toEqual([])
    expect(years[0]?.path).toBe(`/weekly/${years[0]?.year}`)
    expect(recent).toEqual(issues.slice(0, 40))
  })

  it('previews a project’s lists, each with its full count and the address of its whole listing', () => {
    const overview = listings.projectOverview('alpha')
    const alphaTasks = withDone.filter((task) => task.project === 'alpha' && task.status !== 'done')
    expect(overview.openTasks).toEqual({ items: alphaTasks.slice(0, 10), total: alphaTasks.length, path: '/tasks/project/alpha' })
    expect(overview.qa.items).toHaveLength(3)
    expect(overview.qa.total).toBe(qa.filter((item) => item.project === 'alpha').length)
    expect(overview.qa.path).toBe('/qa/project/alpha')
    expect(overview.issues.items).toHaveLength(10)
    expect(overview.issues.path).toBe('/projects/alpha/issues')
    expect(listings.projectOverview('no-such-project').openTasks).toEqual({ items: [], total: 0, path: '/tasks' })
  })

  it('splits contributors and each tag’s issues into pages too', () => {
    expect(listings.contributors.unfiltered.pages.flatMap((page) => page.items)).toEqual(contributors)
    const load = listings.tags.get('load')
    expect(load?.unfiltered.pages.map((page) => page.path).slice(0, 2)).toEqual(['/tags/load', '/tags/load/page/2'])
    expect(load?.unfiltered.items).toHaveLength(200)
  })
})
