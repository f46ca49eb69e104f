import type { Point, ProblemList } from './problems'
import { withoutTrailingSlashes } from '@/lib/url-policy'

/**
 * What the content checks need to know about a link beyond whether it is safe (schema.ts, `isSafeUrl`): where a
 * task points, which tracking parameters it carries, and when two links are the same article.
 */

/** An issue, pull request or one of their comments on github.com: where a newcomer can claim a task. */
const GITHUB_ISSUE = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d+)\/?(?:#issuecomment-\d+)?$/i

/** GitHub's rules for account and repository names. */
const GITHUB_OWNER = /^[a-z\d](?:[a-z\d-]{0,38})$/i
const GITHUB_REPO = /^(?!\.\.?$)[\w.-]{1,100}$/

export function isGitHubIssueUrl(url: string): boolean {
  return GITHUB_ISSUE.test(url.trim())
}

/** Which GitHub issue or pull request a link points at, however it is written. */
export interface GitHubIssueRef {
  owner: string
  repo: string
  number: number
  /** `owner/repo#number` in lowercase: GitHub's own short form, the same for an issue, its pull request URL and its comments. */
  key: string
}

/**
 * The issue or pull request behind a link to it or to one of its comments (`…/issues/108#issuecomment-1` is #108);
 * undefined for any other link. GitHub numbers issues and pull requests together, so `/pull/5` and `/issues/5`
 * are the same one.
 */
export function githubIssueRef(url: string): GitHubIssueRef | undefined {
  const match = GITHUB_ISSUE.exec(url.trim())
  if (!match) return undefined
  const [, owner = '', repo = '', digits = ''] = match
  const number = Number(digits)
  // The parts become a GitHub API path: `..` as a repository would make it another endpoint.
  if (!GITHUB_OWNER.test(owner) || !GITHUB_REPO.test(repo) || !Number.isSafeInteger(number) || number < 1) return undefined
  return { owner, repo, number, key: `${owner}/${repo}#${number}`.toLowerCase() }
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
 * A key under which links to the same page compare equal: scheme and host case, `www.`, a trailing slash and
 * tracking parameters do not make a different page. The fragment does not either, unless `fragment` is set: two
 * tasks can be two comments (`#issuecomment-…`) of one GitHub issue, where two links to one article are one article.
 */
export function linkKey(url: string, { fragment = false }: { fragment?: boolean } = {}): string {
  const parsed = parseHttpUrl(url)
  if (!parsed) return url.trim()
  for (const key of trackingParameters(url)) parsed.searchParams.delete(key)
  const host = parsed.host.toLowerCase().replace(/^www\./, '')
  const pathname = withoutTrailingSlashes(parsed.pathname)
  return `${host}${pathname}${parsed.search}${fragment ? parsed.hash : ''}`
}
