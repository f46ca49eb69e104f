import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'
import type { z } from 'zod'

import { ProjectBadge } from '@/components/ProjectBadge'
import { TaskGroup, TaskStatusBadge } from '@/components/TaskGroup'
import { getGitHubState } from '@/lib/content'
import { withBasePath } from '@/lib/urls/base-path'

import { groupTasksByDifficulty } from './groups'
import { taskBoardSpecs as componentSpecs } from './spec'

/** As written in MDX: optional props (status) not yet defaulted. */
export type TaskProps = z.input<typeof componentSpecs.Task.props>

/**
 * Newcomer tasks grouped Easy, Medium, Hard (then unrated), whatever order the maintainer wrote them in. The tasks
 * arrive as `<Task>` elements; their props were validated by the content layer and are parsed again here for types.
 */
export function TaskBoard({ children }: { children?: ReactNode }) {
  const tasks = Children.toArray(children).filter(
    (child): child is ReactElement<TaskProps> =>
      isValidElement(child) && componentSpecs.Task.props.safeParse(child.props).success,
  )
  return (
    <div className="not-prose my-6 space-y-5">
      {groupTasksByDifficulty(tasks, (task) => task.props.difficulty).map(({ group, members }) => (
        <TaskGroup key={group} group={group} id={`tasks-${group}`} heading="h3" count={members.length}>
          {members}
        </TaskGroup>
      ))}
    </div>
  )
}

/** A task as its issue announced it, with the status GitHub gave at the last sync where there is one. */
export function Task(props: TaskProps) {
  const { project, title, href, status: announced, id } = componentSpecs.Task.props.parse(props)
  const status = getGitHubState(href)?.taskStatus ?? announced
  return (
    <li id={id} className="flex scroll-mt-20 flex-wrap items-center gap-x-3 gap-y-1.5 px-4 py-3">
      <a href={withBasePath(href)} className="min-w-0 flex-1 basis-60 break-words text-zinc-900 underline-offset-2 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400">
        {title}
      </a>
      <span className="flex shrink-0 items-center gap-2">
        <ProjectBadge id={project} />
        <TaskStatusBadge status={status} />
      </span>
    </li>
  )
}
