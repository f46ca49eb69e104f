import Link from 'next/link'

import { IssueArticle } from '@/components/IssueArticle'
import { IssueList } from '@/components/IssueList'
import { getIssues } from '@/lib/content'
import { getInterface } from '@/lib/i18n'

const RECENT_ISSUES = 5

export default function HomePage() {
  const [latest, ...older] = getIssues()
  const { t } = getInterface()
  if (!latest) return <p>{t.notFoundBody}</p>

  return (
    <div className="space-y-16">
      <IssueArticle
        issue={latest}
        lead
        linkTitle
        eyebrow={<p className="text-sm font-semibold text-sky-700 dark:text-sky-400">{t.latestIssue}</p>}
        footer={
          <p className="mt-8">
            <Link href={`/weekly/${latest.slug}`} className="font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
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
            <Link href="/weekly" className="font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
              {t.allIssues} →
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  )
}
