import type { Metadata } from 'next'

import { GitHubAvatar } from '@/components/GitHubAvatar'
import { Link } from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { ProjectBadge } from '@/components/ProjectBadge'
import { getContributors } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/urls'

export function generateMetadata(): Metadata {
  const { t } = getInterface()
  return pageMetadata({ path: paths.contributors, title: t.contributors, description: t.contributorsIntro })
}

export default function ContributorsPage() {
  const { locale, t } = getInterface()
  const people = getContributors()
  return (
    <div>
      <PageHeader title={t.contributors} intro={t.contributorsIntro} />
      {people.length === 0 ? <p>{t.none}</p> : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {people.map((person) => (
          <li key={person.login} className="flex gap-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
            <GitHubAvatar login={person.login} size={56} />
            <div className="min-w-0 text-sm">
              <h2 className="text-base font-semibold">
                <a href={`https://github.com/${person.login}`} className="hover:underline">
                  {person.name ?? person.login}
                </a>
              </h2>
              <p className="text-zinc-600 dark:text-zinc-400">
                @{person.login} · {t.featuredTimes(person.issues.length)}
              </p>
              <ul className="mt-2 space-y-1.5">
                {person.issues.map((ref) => (
                  <li key={ref.slug}>
                    <Link href={`/weekly/${ref.slug}`} className="text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
                      <time dateTime={ref.date}>{formatIssueDate(ref.date, locale)}</time>
                    </Link>
                    {ref.project ? (
                      <>
                        {' '}
                        <ProjectBadge id={ref.project} />
                      </>
                    ) : null}
                    {ref.contribution ? <span className="block text-zinc-700 dark:text-zinc-300">{ref.contribution}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
