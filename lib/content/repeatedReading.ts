import { oldestFirst } from '@/lib/dates'

import type { Issue } from './issue'
import { linkKey } from './links'
import type { ProblemList } from './problems'

/** How many earlier issues a reading recommendation is compared with. */
export const RECENT_ISSUE_COUNT = 4

/**
 * Warns about a `<Reading>` link that one of the previous four issues already recommended: readers have just seen
 * it. It compares issues, so it runs once every file is parsed.
 */
export function warnRepeatedReading(issues: readonly Issue[], problemsOf: (issue: Issue) => ProblemList | undefined): void {
  const chronological = issues.toSorted(oldestFirst)
  chronological.forEach((issue, index) => {
    const listedIn = new Map<string, Issue>()
    // Oldest of the recent ones first, so the newest issue listing a link is the one named.
    for (const earlier of chronological.slice(Math.max(0, index - RECENT_ISSUE_COUNT), index)) {
      for (const item of earlier.reading) listedIn.set(linkKey(item.href), earlier)
    }
    for (const item of issue.reading) {
      const earlier = listedIn.get(linkKey(item.href))
      if (!earlier) continue
      problemsOf(issue)?.warn(
        item.at,
        `<Reading> link "${item.href}" is already listed in ${earlier.fileName}, one of the previous ${RECENT_ISSUE_COUNT} issues; recommend something readers have not seen`,
      )
    }
  })
}
