import { Link } from '@/components/Link'
import type { Issue } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'
import { routes } from '@/lib/urls'

export interface IssueListProps {
  issues: Issue[]
  /** Heading level of each issue title, to fit the page's outline. */
  headingLevel?: 'h2' | 'h3'
}

/** Issues as a list of title, date and summary, each linking to the issue. */
export function IssueList({ issues, headingLevel: Heading = 'h3' }: IssueListProps) {
  const { locale } = getInterface()
  return (
    <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {issues.map((issue) => (
        <li key={issue.slug} className="py-4">
          <Heading className="text-base font-semibold">
            <Link href={routes.issue(issue.slug)} className="text-zinc-900 underline-offset-2 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400">
              {issue.title}
            </Link>
          </Heading>
          <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
            <time dateTime={issue.date}>{formatIssueDate(issue.date, locale)}</time>
          </p>
          {issue.summary && issue.summary !== issue.title ? (
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{issue.summary}</p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
