import { Link } from '@/components/Link'
import type { IssueRef } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'
import { routes } from '@/lib/urls'

export interface FromIssueProps {
  issue: IssueRef
  /** The block's anchor on the issue page (`qa-1`). */
  anchor: string
}

/** "From <issue> · <date>": where a block shown outside its issue was published, linking to it there. */
export function FromIssue({ issue, anchor }: FromIssueProps) {
  const { locale, t } = getInterface()
  return (
    <span>
      {t.fromIssue}{' '}
      <Link href={routes.issueAnchor(issue.slug, anchor)} className="underline underline-offset-2 hover:text-sky-700 dark:hover:text-sky-400">
        {issue.title}
      </Link>{' '}
      · <time dateTime={issue.date}>{formatIssueDate(issue.date, locale)}</time>
    </span>
  )
}
