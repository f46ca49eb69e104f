import type { Filter } from '@/components/FilterBar'
import { getProjects } from '@/lib/content'
import { getInterface } from '@/lib/i18n'

/** The "project" filter of a list: every registered project the list's items use, in registry order. */
export function projectFilter(usedIds: Iterable<string | undefined>): Filter {
  const { t } = getInterface()
  const used = new Set(usedIds)
  return {
    name: 'project',
    label: t.filterProject,
    defaultValue: 'all',
    options: [
      { value: 'all', label: t.allProjects, matches: null },
      ...getProjects()
        .filter((project) => used.has(project.id))
        .map((project) => ({ value: project.id, label: project.name })),
    ],
  }
}
