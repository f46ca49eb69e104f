import type { Metadata } from 'next'

import { FilterBar } from '@/components/FilterBar'
import { NoScriptFilters } from '@/components/NoScriptFilters'
import { PageHeader } from '@/components/PageHeader'
import { projectFilter } from '@/components/projectFilter'
import { QAItemView } from '@/components/QAItemView'
import { getQAs } from '@/lib/content'
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
          projectFilter(items.map((item) => item.project)),
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
