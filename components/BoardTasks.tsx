import { GitHubStateNote } from '@/components/GitHubStateNote'
import { Link } from '@/components/Link'
import { ProjectBadge } from '@/components/ProjectBadge'
import { TaskGroup, TaskStatusBadge } from '@/components/TaskGroup'
import { groupTasksByDifficulty } from '@/lib/blocks/task-board/groups'
import type { BoardTask } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'
import { withBasePath } from '@/lib/urls/base-path'
import { routes } from '@/lib/urls'

export interface BoardTasksProps {
  tasks: BoardTask[]
  /** Prefix of the group heading ids, unique on the page. */
  idPrefix: string
  heading?: 'h2' | 'h3'
  /** Per-group counts; leave off where filters change what is visible. */
  showCounts?: boolean
}

/**
 * Distinct tasks from every issue, grouped by difficulty. Each item carries its project, difficulty and status as
 * data attributes, which the task filters select on.
 */
export function BoardTasks({ tasks, idPrefix, heading = 'h2', showCounts = false }: BoardTasksProps) {
  const { locale, t } = getInterface()
  return (
    <div className="space-y-5">
      {groupTasksByDifficulty(tasks, (task) => task.difficulty).map(({ group, members }) => {
        return (
          <TaskGroup key={group} group={group} id={`${idPrefix}-${group}`} heading={heading} count={showCounts ? members.length : undefined}>
            {members.map((task) => (
              <li
                key={task.id}
                id={task.id}
                data-task=""
                data-project={task.project}
                data-difficulty={group}
                data-status={task.status}
                className="scroll-mt-20 px-4 py-3"
              >
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
                  <a
                    href={withBasePath(task.href)}
                    className={`min-w-0 flex-1 basis-60 break-words underline-offset-2 hover:text-sky-700 hover:underline dark:hover:text-sky-400 ${task.status === 'done' ? 'text-zinc-500 line-through dark:text-zinc-400' : 'text-zinc-900 dark:text-zinc-100'}`}
                  >
                    {task.title}
                  </a>
                  <span className="flex shrink-0 items-center gap-2">
                    <ProjectBadge id={task.project} />
                    <TaskStatusBadge status={task.status} showOpen />
                  </span>
                </div>
                <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  {task.announcements.length > 1 ? (
                    <>
                      {t.firstAnnounced}{' '}
                      <Link href={routes.issueAnchor(task.firstAnnounced.slug, task.announcements[0]?.anchor)} className="underline underline-offset-2">
                        <time dateTime={task.firstAnnounced.date}>{formatIssueDate(task.firstAnnounced.date, locale)}</time>
                      </Link>
                      {' · '}
                      {t.lastAnnounced}{' '}
                      <Link href={routes.issueAnchor(task.lastAnnounced.slug, task.announcements.at(-1)?.anchor)} className="underline underline-offset-2">
                        <time dateTime={task.lastAnnounced.date}>{formatIssueDate(task.lastAnnounced.date, locale)}</time>
                      </Link>
                    </>
                  ) : (
                    <>
                      {t.announcedIn}{' '}
                      <Link href={routes.issueAnchor(task.firstAnnounced.slug, task.announcements[0]?.anchor)} className="underline underline-offset-2">
                        <time dateTime={task.firstAnnounced.date}>{formatIssueDate(task.firstAnnounced.date, locale)}</time>
                      </Link>
                    </>
                  )}
                </p>
                {task.github ? <GitHubStateNote state={task.github} /> : null}
              </li>
            ))}
          </TaskGroup>
        )
      })}
    </div>
  )
}
