import type { Point, ProblemList } from './problems'
import { withoutTrailingSlashes } from '@/lib/url-policy'

/**
 * What the content checks need to know about a link beyond whether it is safe (schema.ts, `isSafeUrl`): where a
 * task points, which tracking parameters it carries, and when two links are the same article.
 */

/** An issue, pull request or one of their comments on github.com: where a newcomer can claim a task. */
const GITHUB_ISSUE = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d+\/?(?:#issuecomment-\d+)?$/i

export function isGitHubIssueUrl(url: string): boolean {
  return GITHUB_ISSUE.test(url.trim())
}

function parseHttpUrl(url: string): URL | undefined {
  if (!/^https?:\/\//i.test(url.trim())) return undefined
  try {
    return new URL(url.trim())
  } catch {
    return undefined
  }
}

/** The `utm_*` parameters of an http(s) URL, in the order written; empty for any other link. */
export function trackingParameters(url: string): string[] {
  const parsed = parseHttpUrl(url)
  return parsed ? [...new Set([...parsed.searchParams.keys()].filter((key) => /^utm_/i.test(key)))] : []
}

/** Readers are not a campaign: utm_ parameters only tell another site where they came from. */
export function warnTrackingParameters(problems: ProblemList, at: Point | undefined, url: string, what: string): void {
  const tracking = trackingParameters(url)
  if (tracking.length > 0) problems.warn(at, `${what} "${url}" has tracking parameters ${tracking.join(', ')}; remove them`)
}

/**
 * A key under which links to the same article compare equal: scheme and host case, `www.`, a trailing slash, the
 * fragment and tracking parameters do not make a different article.
 */
export function linkKey(url: string): string {
  const parsed = parseHttpUrl(url)
  if (!parsed) return url.trim()
  for (const key of trackingParameters(url)) parsed.searchParams.delete(key)
  const host = parsed.host.toLowerCase().replace(/^www\./, '')
  const pathname = withoutTrailingSlashes(parsed.pathname)
  return `${host}${pathname}${parsed.search}`
}
