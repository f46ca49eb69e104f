import type { Metadata } from 'next'

import { BoardTasks } from '@/components/BoardTasks'
import { FilterBar } from '@/components/FilterBar'
import { NoScriptFilters } from '@/components/NoScriptFilters'
import { PageHeader } from '@/components/PageHeader'
import { projectFilter } from '@/components/projectFilter'
import { DIFFICULTIES, getTasks } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/urls'

export function generateMetadata(): Metadata {
  const { t } = getInterface()
  return pageMetadata({ path: paths.tasks, title: t.tasks, description: t.tasksIntro })
}

export default function TasksPage() {
  const { t } = getInterface()
  const tasks = getTasks()
  const hasUnrated = tasks.some((task) => !task.difficulty)

  return (
    <div>
      <PageHeader title={t.tasks} intro={t.tasksIntro} />
      <NoScriptFilters selectors={['[data-task]', '[data-task-group]']} />
      <FilterBar
        itemSelector="[data-task]"
        groupSelector="[data-task-group]"
        countTemplate={t.tasksShown}
        items={tasks.map((task) => [task.project, task.difficulty ?? 'unrated', task.status])}
        resetLabel={t.resetFilters}
        filters={[
          projectFilter(tasks.map((task) => task.project)),
          {
            name: 'difficulty',
            label: t.filterDifficulty,
            defaultValue: 'all',
            options: [
              { value: 'all', label: t.allDifficulties, matches: null },
              ...DIFFICULTIES.map((d) => ({ value: d, label: t.difficulty[d] })),
              ...(hasUnrated ? [{ value: 'unrated', label: t.unrated }] : []),
            ],
          },
          {
            name: 'status',
            label: t.filterStatus,
            defaultValue: 'active',
            options: [
              { value: 'active', label: t.statusActive, matches: ['open', 'claimed'] },
              { value: 'open', label: t.status.open },
              { value: 'claimed', label: t.status.claimed },
              { value: 'done', label: t.status.done },
              { value: 'all', label: t.statusAll, matches: null },
            ],
          },
        ]}
      />
      <BoardTasks tasks={tasks} idPrefix="board" />
    </div>
  )
}
