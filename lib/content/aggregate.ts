import { createHash } from 'node:crypto'

import { eventEndEpoch, parseEventTime } from '@/lib/blocks/event/time'
import { newestFirst, oldestFirst } from '@/lib/dates'

import type { Contributor, EventEntry, QAEntry, ReleaseEntry, TaskEntry } from './blocks'
import type { GitHubState } from './github-state'
import type { Issue } from './issue'
import { linkKey } from './links'
import type { Difficulty, Project } from './schema'
import { tagSlug } from './slug'

/** Where a block was published: enough to link to it and date it. */
export interface IssueRef {
  slug: string
  title: string
  date: string
}

/** A newcomer task as the board shows it: once, however many issues announced it. */
export interface BoardTask extends Omit<TaskEntry, 'id' | 'at'> {
  /** Stable anchor on /tasks, derived from the first announcement. */
  id: string
  firstAnnounced: IssueRef
  lastAnnounced: IssueRef
  /** Every announcement, oldest first, with the anchor of the task in that issue. */
  announcements: (IssueRef & { anchor: string })[]
  /** What GitHub said about the task's issue at the last sync, when `content/github.json` has it. */
  github?: GitHubState
}

export interface QAItem extends QAEntry {
  /** Unique across the site, for /qa#anchor. */
  anchor: string
  issue: IssueRef
}

export interface FeaturedContributor extends Contributor {
  /** Issues that featured this person, newest first. */
  issues: (IssueRef & { contribution?: string; project?: string })[]
}

export interface TagSummary {
  tag: string
  slug: string
  issues: IssueRef[]
}

const refOf = (issue: Issue): IssueRef => ({ slug: issue.slug, title: issue.title, date: issue.date })

/** Titles compare equal across issues despite spacing, case and full-width punctuation differences. */
function normalizeTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, '')
}

function stableId(prefix: string, key: string): string {
  return `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`
}

/**
 * Every task of every issue, each distinct task once. Two announcements are the same task when they have the same
 * project and title, or the same link, unless that link is shared by several tasks of one issue (a newsletter often
 * points a whole project's tasks at one tracking issue). The latest announcement decides title, status, difficulty
 * and link; the first and last announcement dates are kept.
 *
 * `issues` may come in any order; the result is sorted Easy, Medium, Hard, unrated, then newest announcement first.
 */
export function collectBoardTasks(issues: readonly Issue[]): BoardTask[] {
  const chronological = issues.toSorted(oldestFirst)

  // Union-find over identity keys: a task is a set of announcements connected by shared keys.
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(key, root)
    return root
  }
  const union = (a: string, b: string): void => {
    if (!parent.has(a)) parent.set(a, a)
    if (!parent.has(b)) parent.set(b, b)
    parent.set(find(a), find(b))
  }

  const occurrences: { issue: Issue; task: TaskEntry; key: string }[] = []
  for (const issue of chronological) {
    const linkUses = new Map<string, number>()
    for (const task of issue.tasks) linkUses.set(linkKey(task.href, { fragment: true }), (linkUses.get(linkKey(task.href, { fragment: true })) ?? 0) + 1)
    for (const task of issue.tasks) {
      const titleKey = `title:${task.project}:${normalizeTitle(task.title)}`
      union(titleKey, titleKey)
      const link = linkKey(task.href, { fragment: true })
      if (linkUses.get(link) === 1) union(titleKey, `link:${link}`)
      occurrences.push({ issue, task, key: titleKey })
    }
  }

  const groups = new Map<string, { issue: Issue; task: TaskEntry; key: string }[]>()
  for (const occurrence of occurrences) {
    const root = find(occurrence.key)
    groups.set(root, [...(groups.get(root) ?? []), occurrence])
  }

  const tasks = [...groups.values()].map((group): BoardTask => {
    const first = group[0]!
    const last = group[group.length - 1]!
    const latestDifficulty = group.findLast((o) => o.task.difficulty)?.task.difficulty
    return {
      id: stableId('task', first.key),
      project: last.task.project,
      title: last.task.title,
      href: last.task.href,
      status: last.task.status,
      difficulty: latestDifficulty,
      firstAnnounced: refOf(first.issue),
      lastAnnounced: refOf(last.issue),
      announcements: group.map((o) => ({ ...refOf(o.issue), anchor: o.task.id })),
    }
  })
  return tasks.toSorted(
    (a, b) =>
      difficultyRank(a.difficulty) - difficultyRank(b.difficulty) ||
      b.lastAnnounced.date.localeCompare(a.lastAnnounced.date) ||
      a.title.localeCompare(b.title),
  )
}

const DIFFICULTY_RANK: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 }

function difficultyRank(difficulty: Difficulty | undefined): number {
  return difficulty ? DIFFICULTY_RANK[difficulty] : 3
}

/** Counts of tasks still open for newcomers (not claimed, not done), by difficulty. */
export function countOpenTasks(tasks: readonly BoardTask[]): Record<Difficulty, number> {
  const counts: Record<Difficulty, number> = { easy: 0, medium: 0, hard: 0 }
  for (const task of tasks) if (task.status === 'open' && task.difficulty) counts[task.difficulty]++
  return counts
}

/** Every Q&A of every issue, newest issue first, in the order each issue lists them. */
export function collectQAs(issues: readonly Issue[]): QAItem[] {
  return issues
    .toSorted(newestFirst)
    .flatMap((issue) => issue.qa.map((qa) => ({ ...qa, anchor: `${issue.slug}-${qa.id}`, issue: refOf(issue) })))
}

/** Everyone an issue featured, most often featured first, with the issues that featured them. */
export function collectContributors(issues: readonly Issue[]): FeaturedContributor[] {
  const people = new Map<string, FeaturedContributor>()
  for (const issue of issues.toSorted(newestFirst)) {
    for (const block of issue.contributors) {
      for (const person of block.people) {
        const key = person.login.toLowerCase()
        const entry = people.get(key) ?? { ...person, issues: [] }
        entry.name ??= person.name
        if (!entry.issues.some((ref) => ref.slug === issue.slug)) {
          entry.issues.push({ ...refOf(issue), contribution: person.contribution, project: person.project })
        }
        people.set(key, entry)
      }
    }
  }
  return [...people.values()].toSorted(
    (a, b) =>
      b.issues.length - a.issues.length ||
      (b.issues[0]?.date ?? '').localeCompare(a.issues[0]?.date ?? '') ||
      a.login.localeCompare(b.login),
  )
}

/** Whether an issue mentions a project in any of its blocks. */
export function issueMentionsProject(issue: Issue, projectId: string): boolean {
  return (
    issue.tasks.some((task) => task.project === projectId) ||
    issue.qa.some((qa) => qa.project === projectId) ||
    issue.contributors.some((block) => block.people.some((person) => person.project === projectId)) ||
    issue.releases.some((release) => release.project === projectId)
  )
}

export interface ProjectSummary {
  project: Project
  tasks: BoardTask[]
  openTasks: BoardTask[]
  qa: QAItem[]
  /** The project's releases, newest first: its timeline. */
  releases: ReleaseItem[]
  issues: IssueRef[]
}

export function summarizeProject(
  project: Project,
  tasks: readonly BoardTask[],
  qa: readonly QAItem[],
  issues: readonly Issue[],
  releases: readonly ReleaseItem[] = collectReleases(issues),
): ProjectSummary {
  const own = tasks.filter((task) => task.project === project.id)
  return {
    project,
    tasks: own,
    openTasks: own.filter((task) => task.status !== 'done'),
    qa: qa.filter((item) => item.project === project.id),
    releases: releases.filter((release) => release.project === project.id),
    issues: issues.filter((issue) => issueMentionsProject(issue, project.id)).map(refOf),
  }
}


/** Tags with their issues (newest first), most used first. Tags that differ only in case or spacing merge. */
export function collectTags(issues: readonly Issue[]): TagSummary[] {
  const tags = new Map<string, TagSummary>()
  for (const issue of issues.toSorted(newestFirst)) {
    for (const tag of issue.tags) {
      const slug = tagSlug(tag)
      if (!slug) continue
      const entry = tags.get(slug) ?? { tag, slug, issues: [] }
      if (!entry.issues.some((ref) => ref.slug === issue.slug)) entry.issues.push(refOf(issue))
      tags.set(slug, entry)
    }
  }
  return [...tags.values()].toSorted((a, b) => b.issues.length - a.issues.length || a.tag.localeCompare(b.tag))
}

export interface ReleaseItem extends Omit<ReleaseEntry, 'at' | 'date'> {
  /** The release's day, or the issue's when the maintainer left it out. */
  date: string
  /** Unique across issues, for anchors on /releases: `2023-01-06-release-1`. */
  anchor: string
  issue: IssueRef
}

/**
 * Every release of every issue, newest first. A release announced twice (a reminder in the next issue) is listed once,
 * where it was first announced.
 */
export function collectReleases(issues: readonly Issue[]): ReleaseItem[] {
  const releases = firstAnnouncements(
    issues,
    (issue) => issue.releases,
    (release) => `${release.project}@${release.version.replace(/^v/i, '').toLowerCase()}`,
    ({ at: _at, ...release }, issue): ReleaseItem => ({ ...release, date: release.date ?? issue.date, anchor: `${issue.slug}-${release.id}`, issue: refOf(issue) }),
  )
  return releases.toSorted((a, b) => newestFirst(a, b) || b.issue.slug.localeCompare(a.issue.slug) || a.project.localeCompare(b.project))
}

/**
 * Each distinct entry of the issues once, from the issue that first announced it (oldest issue first), as `make`
 * shapes it; `make` may return undefined to leave an entry out.
 */
function firstAnnouncements<Entry, Item>(
  issues: readonly Issue[],
  entriesOf: (issue: Issue) => readonly Entry[],
  keyOf: (entry: Entry) => string,
  make: (entry: Entry, issue: Issue) => Item | undefined,
): Item[] {
  const seen = new Set<string>()
  const items: Item[] = []
  for (const issue of issues.toSorted(oldestFirst)) {
    for (const entry of entriesOf(issue)) {
      const key = keyOf(entry)
      if (seen.has(key)) continue
      const item = make(entry, issue)
      if (item === undefined) continue
      seen.add(key)
      items.push(item)
    }
  }
  return items
}

export interface EventItem extends Omit<EventEntry, 'at'> {
  /** Unique across issues and stable, for anchors and calendar files: `2023-01-06-event-1`. */
  anchor: string
  /** When it starts and when it is over, in ms since the epoch, for ordering and for upcoming/past. */
  startsAt: number
  endsAt: number
  issue: IssueRef
}

/**
 * Every event of every issue, soonest first. An event announced again (the same title and start) is listed once, with
 * the issue that first announced it.
 */
export function collectEvents(issues: readonly Issue[]): EventItem[] {
  const events = firstAnnouncements(
    issues,
    (issue) => issue.events,
    (event) => `${normalizeTitle(event.title)}@${parseEventTime(event.start)?.epoch ?? event.start}`,
    ({ at: _at, ...event }, issue): EventItem | undefined => {
      const start = parseEventTime(event.start)
      if (!start) return undefined
      const end = event.end === undefined ? undefined : parseEventTime(event.end)
      return { ...event, anchor: `${issue.slug}-${event.id}`, startsAt: start.epoch, endsAt: eventEndEpoch(start, end), issue: refOf(issue) }
    },
  )
  return events.toSorted((a, b) => a.startsAt - b.startsAt || a.anchor.localeCompare(b.anchor))
}

/** Events not yet over at `now` (soonest first), and those that are (most recent first). */
export function splitEvents(events: readonly EventItem[], now: number): { upcoming: EventItem[]; past: EventItem[] } {
  return {
    upcoming: events.filter((event) => event.endsAt > now),
    past: events.filter((event) => event.endsAt <= now).toReversed(),
  }
}

