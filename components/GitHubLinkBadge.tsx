import { getGitHubState } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'

export interface GitHubLinkBadgeProps {
  href: string
}

/**
 * Beside a link to a GitHub issue or pull request (a Q&A's related link): resolved when it was closed as completed
 * or merged, closed when closed otherwise, open; with the day it was read. Nothing for other links, or before a sync.
 */
export function GitHubLinkBadge({ href }: GitHubLinkBadgeProps) {
  const issue = getGitHubState(href)?.issue
  if (!issue) return null
  const { locale, t } = getInterface()
  const resolved = issue.state === 'merged' || (issue.state === 'closed' && (issue.closedAs ?? 'completed') === 'completed')
  const label = issue.state === 'open' ? t.github.unresolved : resolved ? t.github.resolved : t.github.closed
  const style = resolved
    ? 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300'
    : 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300'
  return (
    <span data-github-state={resolved ? 'resolved' : issue.state} className="ml-2 inline-flex flex-wrap items-center gap-1 align-middle">
      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${style}`}>{label}</span>
      <time dateTime={issue.readAt} className="text-xs">
        {t.github.checkedOn(formatIssueDate(issue.readAt.slice(0, 10), locale))}
      </time>
    </span>
  )
}
