import type { SearchDocument } from '@/lib/search/format'
import { routes } from '@/lib/urls/routes'

import type { BoardTask, EventItem, QAItem, ReleaseItem } from './aggregate'
import type { Issue } from './issue'
import type { Project } from './schema'

const TITLE_LENGTH = 80

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line
}

/**
 * What the search box finds: every issue, Q&A, distinct task, release and event, each linking straight to where it is
 * read (the Q&A, release and event anchors in their issue, the task anchors on the page of the board that lists the
 * task, `taskPage`).
 */
export function collectSearchDocuments(
  issues: readonly Issue[],
  qa: readonly QAItem[],
  tasks: readonly BoardTask[],
  projects: readonly Project[],
  taskPage: (task: BoardTask) => string = () => routes.tasks,
  releases: readonly ReleaseItem[] = [],
  events: readonly EventItem[] = [],
): SearchDocument[] {
  const projectName = (id: string | undefined) => projects.find((p) => p.id === id)?.name ?? id ?? ''
  return [
    ...issues.map(
      (issue): SearchDocument => ({
        id: `issue:${issue.slug}`,
        kind: 'issue',
        title: issue.title,
        text: [issue.summary, issue.text].filter(Boolean).join('\n'),
        date: issue.date,
        url: routes.issue(issue.slug),
      }),
    ),
    ...qa.map(
      (item): SearchDocument => ({
        id: `qa:${item.anchor}`,
        kind: 'qa',
        title: shorten(item.question.text),
        text: [item.question.text, ...item.answers.map((a) => a.text), `@${item.asker}`, projectName(item.project)].join('\n'),
        date: item.issue.date,
        url: routes.issueAnchor(item.issue.slug, item.id),
      }),
    ),
    ...tasks.map(
      (task): SearchDocument => ({
        id: `task:${task.id}`,
        kind: 'task',
        title: task.title,
        text: [task.title, projectName(task.project)].join('\n'),
        date: task.lastAnnounced.date,
        url: `${taskPage(task)}#${task.id}`,
      }),
    ),
    ...releases.map(
      (release): SearchDocument => ({
        id: `release:${release.anchor}`,
        kind: 'release',
        title: `${projectName(release.project)} ${release.version}`,
        text: [`${projectName(release.project)} ${release.version}`, release.changes.text].join('\n'),
        date: release.date,
        url: routes.issueAnchor(release.issue.slug, release.id),
      }),
    ),
    ...events.map(
      (event): SearchDocument => ({
        id: `event:${event.anchor}`,
        kind: 'event',
        title: event.title,
        text: [event.title, event.location, event.description.text].filter(Boolean).join('\n'),
        date: event.start.slice(0, 10),
        url: `${routes.events}#${event.anchor}`,
      }),
    ),
  ]
}
