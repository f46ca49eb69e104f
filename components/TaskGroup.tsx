import type { ReactNode } from 'react'

import type { TaskGroupKey } from '@/lib/blocks/task-board/groups'
import { getInterface } from '@/lib/i18n'

const GROUP_STYLE: Record<TaskGroupKey, string> = {
  easy: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  medium: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  hard: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-300',
  unrated: 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
}

export interface TaskGroupProps {
  group: TaskGroupKey
  /** Unique on the page: the heading's id. */
  id: string
  heading: 'h2' | 'h3'
  /** Shown beside the heading; omitted where filters change what is visible. */
  count?: number
  children: ReactNode
}

/** One difficulty's tasks, as a labelled region with a coloured heading. */
export function TaskGroup({ group, id, heading: Heading, count, children }: TaskGroupProps) {
  const { t } = getInterface()
  return (
    <section aria-labelledby={id} data-task-group={group} className="rounded-xl border border-zinc-200 dark:border-zinc-800">
      <div className="flex items-center justify-between gap-2 border-b border-zinc-200 px-4 py-2.5 dark:border-zinc-800">
        <Heading id={id} className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${GROUP_STYLE[group]}`}>
          {group === 'unrated' ? t.unrated : t.difficulty[group]}
        </Heading>
        {count === undefined ? null : <span className="text-sm text-zinc-600 dark:text-zinc-400">{t.taskCount(count)}</span>}
      </div>
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</ul>
    </section>
  )
}

export interface TaskStatusBadgeProps {
  status: 'open' | 'claimed' | 'done'
  /** Also label open tasks (the aggregate board), not only claimed and done ones. */
  showOpen?: boolean
}

export function TaskStatusBadge({ status, showOpen = false }: TaskStatusBadgeProps) {
  const { t } = getInterface()
  if (status === 'open' && !showOpen) return null
  const style = {
    open: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
    claimed: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300',
    done: 'bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
  }[status]
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${style}`}>{t.status[status]}</span>
}
