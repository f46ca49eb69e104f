import type { Metadata } from 'next'

import { IssueArticle } from '@/components/IssueArticle'
import { IssueList } from '@/components/IssueList'
import { Link } from '@/components/Link'
import { DIFFICULTIES, getIssues, getListings, getOpenTaskCounts } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/urls'

const RECENT_ISSUES = 5

export function generateMetadata(): Metadata {
  return pageMetadata({ path: routes.home })
}

export default function HomePage() {
  const [latest, ...older] = getIssues()
  const { t } = getInterface()
  if (!latest) return <p>{t.notFoundBody}</p>

  const openTasks = getOpenTaskCounts()
  const { tasks } = getListings()

  return (
    <div className="space-y-16">
      <section aria-labelledby="open-tasks" className="rounded-xl border border-emerald-200 bg-emerald-50/60 p-4 dark:border-emerald-900 dark:bg-emerald-950/30">
        <h2 id="open-tasks" className="text-base font-semibold">
          {t.openTasksByDifficulty}
        </h2>
        <ul className="mt-3 grid grid-cols-3 gap-2">
          {DIFFICULTIES.map((difficulty) => (
            <li key={difficulty}>
              <Link
                href={tasks.get({ difficulty, status: 'open' })?.pages[0]?.path ?? tasks.first.path}
                className="flex flex-col items-center rounded-lg bg-white px-2 py-2 text-center hover:ring-2 hover:ring-emerald-500 dark:bg-zinc-900"
              >
                <span className="text-2xl font-bold tabular-nums">{openTasks[difficulty]}</span>
                <span className="text-sm text-zinc-700 dark:text-zinc-300">{t.difficulty[difficulty]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          <Link href={routes.tasks} className="font-medium text-emerald-800 underline-offset-2 hover:underline dark:text-emerald-300">
            {t.browseTasks} →
          </Link>
        </p>
      </section>
      <IssueArticle
        issue={latest}
        lead
        linkTitle
        eyebrow={<p className="text-sm font-semibold text-sky-700 dark:text-sky-400">{t.latestIssue}</p>}
        footer={
          <p className="mt-8">
            <Link href={routes.issue(latest.slug)} className="font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
              {t.readIssue} →
            </Link>
          </p>
        }
      />
      {older.length > 0 ? (
        <section aria-labelledby="recent-issues">
          <h2 id="recent-issues" className="text-xl font-bold">
            {t.recentIssues}
          </h2>
          <IssueList issues={older.slice(0, RECENT_ISSUES)} />
          <p className="mt-4">
            <Link href={routes.archive} className="font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
              {t.allIssues} →
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  )
}
