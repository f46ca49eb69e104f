import type { ReactNode } from 'react'

import type { GitHubState } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'

export interface GitHubStateNoteProps {
  state: GitHubState
}

/**
 * One line under a task on the board: what GitHub said about its issue at the last sync, and when that was read.
 * Everything shown comes from content/github.json, checked when the site was built: logins, states, GitHub URLs.
 */
export function GitHubStateNote({ state }: GitHubStateNoteProps) {
  const { locale, t } = getInterface()
  const text = t.github
  const { issue, stale } = state
  const day = (instant: string) => formatIssueDate(instant.slice(0, 10), locale)

  if (!issue) {
    return (
      <p data-github-state="" className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
        {text.label}
        {stale ? text.unread(text.reasons[stale.reason]) : null}
        {' · '}
        <time dateTime={state.checkedAt}>{text.checkedOn(day(state.checkedAt))}</time>
      </p>
    )
  }

  // A tracking issue is named: its state is the list's, not the task's.
  const subject = state.shared ? `${text.tracking(state.key)} ` : ''
  let summary: ReactNode
  if (issue.state !== 'open') {
    const pr = issue.linkedPullRequest
    summary = (
      <>
        {subject}
        {text.state[issue.state]}
        {issue.state === 'closed' && pr?.state === 'merged' ? (
          <>
            {' · '}
            <a href={pr.url} className="underline underline-offset-2">
              {text.pullRequestMerged}
            </a>
          </>
        ) : null}
      </>
    )
  } else if (state.shared) {
    summary = `${subject}${text.state.open}`
  } else if (issue.assignees.length > 0) {
    summary = text.assignedTo(issue.assignees.map((login) => `@${login}`).join(text.listSeparator))
  } else if (issue.linkedPullRequest?.state === 'open') {
    summary = (
      <a href={issue.linkedPullRequest.url} className="underline underline-offset-2">
        {text.pullRequestOpen}
      </a>
    )
  } else {
    summary = text.unassigned
  }

  return (
    <p data-github-state="" className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
      {text.label}
      {summary}
      {' · '}
      <time dateTime={issue.readAt}>{text.checkedOn(day(issue.readAt))}</time>
      {stale ? ` · ${text.staleSince(day(state.checkedAt), text.reasons[stale.reason])}` : null}
    </p>
  )
}
