import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'

import { ProjectBadge } from '@/components/ProjectBadge'
import type { z } from 'zod'

import { componentSpecs, DIFFICULTIES } from '@/lib/content/schema'
import { getInterface } from '@/lib/i18n'

/** As written in MDX: optional props (status) not yet defaulted. */
export type TaskProps = z.input<typeof componentSpecs.Task.props>

const GROUP_STYLE = {
  easy: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  medium: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  hard: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-300',
  unrated: 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
} as const

/** Easy, Medium, Hard, then tasks whose announcement gave no difficulty. */
const GROUPS = [...DIFFICULTIES, 'unrated'] as const

/**
 * Newcomer tasks grouped Easy, Medium, Hard (then unrated), whatever order the maintainer wrote them in. The tasks arrive as
 * `<Task>` elements; their props were validated by the content layer and are parsed again here for their types.
 */
export function TaskBoard({ children }: { children?: ReactNode }) {
  const { t } = getInterface()
  const tasks = Children.toArray(children).filter(
    (child): child is ReactElement<TaskProps> =>
      isValidElement(child) && componentSpecs.Task.props.safeParse(child.props).success,
  )
  return (
    <div className="not-prose my-6 space-y-5">
      {GROUPS.map((difficulty) => {
        const group = tasks.filter((task) => (task.props.difficulty ?? 'unrated') === difficulty)
        if (group.length === 0) return null
        return (
          <section key={difficulty} aria-labelledby={`tasks-${difficulty}`} className="rounded-xl border border-zinc-200 dark:border-zinc-800">
            <div className="flex items-center justify-between gap-2 border-b border-zinc-200 px-4 py-2.5 dark:border-zinc-800">
              <h3 id={`tasks-${difficulty}`} className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${GROUP_STYLE[difficulty]}`}>
                {difficulty === 'unrated' ? t.unrated : t.difficulty[difficulty]}
              </h3>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">{t.taskCount(group.length)}</span>
            </div>
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">{group}</ul>
          </section>
        )
      })}
    </div>
  )
}

export function Task(props: TaskProps) {
  const { project, title, href, status, id } = componentSpecs.Task.props.parse(props)
  const { t } = getInterface()
  return (
    <li id={id} className="flex scroll-mt-20 flex-wrap items-center gap-x-3 gap-y-1.5 px-4 py-3">
      <a href={href} className="min-w-0 flex-1 basis-60 break-words text-zinc-900 underline-offset-2 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400">
        {title}
      </a>
      <span className="flex shrink-0 items-center gap-2">
        <ProjectBadge id={project} />
        {status !== 'open' ? (
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${
              status === 'done'
                ? 'bg-zinc-200 text-zinc-600 line-through dark:bg-zinc-800 dark:text-zinc-400'
                : 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300'
            }`}
          >
            {t.status[status]}
          </span>
        ) : null}
      </span>
    </li>
  )
}
