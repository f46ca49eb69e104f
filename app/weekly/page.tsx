import type { Metadata } from 'next'

import { IssueList } from '@/components/IssueList'
import { getIssues, getIssuesByYear } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/urls'

export function generateMetadata(): Metadata {
  return pageMetadata({ path: paths.archive, title: getInterface().t.archive })
}

export default function ArchivePage() {
  const { t } = getInterface()
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.archive}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{t.issueCount(getIssues().length)}</p>
      {getIssuesByYear().map(({ year, issues }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-10">
          <h2 id={`year-${year}`} className="border-b border-zinc-200 pb-2 text-xl font-bold dark:border-zinc-800">
            {year}
          </h2>
          <IssueList issues={issues} />
        </section>
      ))}
    </div>
  )
}
