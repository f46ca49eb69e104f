import type { Issue } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'

export interface IssueMetaProps {
  issue: Issue
}

/** Publication date, authors and tags of an issue, in one line under its title. */
export function IssueMeta({ issue }: IssueMetaProps) {
  const { locale, t } = getInterface()
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      <time dateTime={issue.date}>{formatIssueDate(issue.date, locale)}</time>
      {issue.authors.length > 0 ? <span>{issue.authors.join(', ')}</span> : null}
      <span>{t.readingTime(issue.readingMinutes)}</span>
      {issue.draft ? (
        <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t.draft}</span>
      ) : null}
    </p>
  )
}
