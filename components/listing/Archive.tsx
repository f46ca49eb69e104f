import type { Metadata } from 'next'

import { IssueList } from '@/components/IssueList'
import { Link } from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { getIssues, getListings, type ArchiveYear, type Issue } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/urls'

/** Issues by year of publication, in their order (newest first). */
function byYear(issues: readonly Issue[]): { year: string; issues: Issue[] }[] {
  const years: { year: string; issues: Issue[] }[] = []
  for (const issue of issues) {
    const year = issue.date.slice(0, 4)
    const last = years.at(-1)
    if (last?.year === year) last.issues.push(issue)
    else years.push({ year, issues: [issue] })
  }
  return years
}

/** Every year of the archive, each linking to its page, with how many issues it holds. */
function YearIndex({ current }: { current?: string }) {
  const { t } = getInterface()
  return (
    <nav aria-label={t.byYear} className="not-prose mt-6">
      <ul className="flex flex-wrap gap-1.5 text-sm">
        {getListings().archive.years.map(({ year, path, issues }) => (
          <li key={year}>
            <Link
              href={path}
              aria-current={year === current ? 'page' : undefined}
              className={`inline-flex items-baseline gap-1.5 rounded-full border px-2.5 py-1 ${year === current ? 'border-sky-700 bg-sky-700 font-medium text-white dark:border-sky-400 dark:bg-sky-400 dark:text-zinc-950' : 'border-zinc-300 hover:border-sky-600 dark:border-zinc-700 dark:hover:border-sky-400'}`}
            >
              {year} <span className={year === current ? 'tabular-nums' : 'tabular-nums text-zinc-600 dark:text-zinc-400'}>{issues.length}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** `/weekly`: the latest issues by year, and every year's page. */
export function ArchiveRecent() {
  const { t } = getInterface()
  const { recent, years } = getListings().archive
  const shown = byYear(recent)
  const last = shown.at(-1)
  const lastYear = years.find(({ year }) => year === last?.year)
  // Where to read on: the rest of the last year shown, or the year before it.
  const more = lastYear && last && last.issues.length < lastYear.issues.length ? lastYear : years[years.findIndex(({ year }) => year === last?.year) + 1]
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.archive}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{t.issueCount(getIssues().length)}</p>
      <YearIndex />
      {shown.map(({ year, issues }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-10">
          <h2 id={`year-${year}`} className="border-b border-zinc-200 pb-2 text-xl font-bold dark:border-zinc-800">
            {year}
          </h2>
          <IssueList issues={issues} />
        </section>
      ))}
      {more ? (
        <p className="mt-6">
          <Link href={more.path} className="font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
            {t.olderIssues(more.year)} →
          </Link>
        </p>
      ) : null}
    </div>
  )
}

export function archiveMetadata(): Metadata {
  return pageMetadata({ path: routes.archive, title: getInterface().t.archive })
}

export interface ArchiveYearPageProps {
  year: ArchiveYear
}

/** `/weekly/2021`: every issue of a year, with the newer and older years around it. */
export function ArchiveYearPage({ year }: ArchiveYearPageProps) {
  const { t } = getInterface()
  const { years } = getListings().archive
  const index = years.indexOf(year)
  const newer = years[index - 1]
  const older = years[index + 1]
  return (
    <div>
      <PageHeader title={t.yearArchive(year.year)} intro={t.issueCount(year.issues.length)} />
      <YearIndex current={year.year} />
      <div className="mt-6">
        <IssueList issues={year.issues} headingLevel="h2" />
      </div>
      <nav aria-label={t.pagination(t.archive)} className="not-prose mt-8 flex justify-between gap-3 text-sm">
        {newer ? (
          <Link href={newer.path} rel="prev" className="rounded-lg border border-zinc-300 px-3 py-2 hover:border-sky-600 dark:border-zinc-700 dark:hover:border-sky-400">
            ← {t.yearArchive(newer.year)}
          </Link>
        ) : (
          <span />
        )}
        {older ? (
          <Link href={older.path} rel="next" className="rounded-lg border border-zinc-300 px-3 py-2 hover:border-sky-600 dark:border-zinc-700 dark:hover:border-sky-400">
            {t.yearArchive(older.year)} →
          </Link>
        ) : null}
      </nav>
    </div>
  )
}

export function archiveYearMetadata({ year }: ArchiveYearPageProps): Metadata {
  const { t } = getInterface()
  return pageMetadata({ path: year.path, title: t.yearArchive(year.year), description: t.issueCount(year.issues.length) })
}
