import type { Metadata } from 'next'

import { FilterBar } from '@/components/FilterBar'
import { NoScriptFilters } from '@/components/NoScriptFilters'
import { PageHeader } from '@/components/PageHeader'
import { QAItemView } from '@/components/QAItemView'
import { getProjects, getQAs } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/urls'

export function generateMetadata(): Metadata {
  const { t } = getInterface()
  return pageMetadata({ path: paths.qa, title: t.qa, description: t.qaIntro })
}

export default function QAPage() {
  const { t } = getInterface()
  const items = getQAs()
  const projectIds = new Set(items.map((item) => item.project))
  const projects = getProjects().filter((project) => projectIds.has(project.id))

  return (
    <div>
      <PageHeader title={t.qa} intro={t.qaIntro} />
      <NoScriptFilters selectors={['[data-qa]']} />
      <FilterBar
        itemSelector="[data-qa]"
        countTemplate={t.qaShown}
        items={items.map((item) => [item.project ?? ''])}
        resetLabel={t.resetFilters}
        filters={[
          {
            name: 'project',
            label: t.filterProject,
            defaultValue: 'all',
            options: [{ value: 'all', label: t.allProjects, matches: null }, ...projects.map((p) => ({ value: p.id, label: p.name }))],
          },
        ]}
      />
      <ol className="space-y-2 p-0">
        {items.map((item) => (
          <QAItemView key={item.anchor} item={item} />
        ))}
      </ol>
    </div>
  )
}
