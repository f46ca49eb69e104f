import { z } from 'zod'

import {
  INVISIBLE_CHARACTERS,
  issueStateSchema,
  MAX_LABEL_LENGTH,
  MAX_LABELS,
  type GitHubIssueState,
  type GitHubIssueStateName,
  type StaleReason,
} from '@/lib/content/github-snapshot'
import { githubIssueRef, type GitHubIssueRef } from '@/lib/content/links'

import type { GitHubClient } from './client'

/** Why an issue could not be read: a reason the snapshot records, or a refused token, which ends the run. */
export type ReadFailureReason = StaleReason | 'unauthorized'

export class ReadFailure extends Error {
  constructor(
    readonly reason: ReadFailureReason,
    message: string,
    readonly status?: number,
    /** For rate limits: when GitHub says the limit lifts (epoch ms). */
    readonly resetAt?: number,
  ) {
    super(message)
    this.name = 'ReadFailure'
  }
}

/** Redirects followed for one request: a transferred issue answers one, a repository renamed since adds another. */
const MAX_REDIRECTS = 3
/** Timeline pages read per issue (100 events each): enough for any newcomer task, bounded for a runaway thread. */
const MAX_TIMELINE_PAGES = 10

const user = z.object({ login: z.string() })
const pullRequestMarker = z.object({ merged_at: z.string().nullish() })

/** The fields of GitHub's issue object (`GET /repos/{owner}/{repo}/issues/{number}`) the snapshot keeps. */
const issueResponse = z.object({
  number: z.number().int().positive(),
  html_url: z.string(),
  state: z.enum(['open', 'closed']),
  state_reason: z.string().nullish(),
  assignees: z.array(user).nullish(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string().nullish() })])),
  pull_request: pullRequestMarker.nullish(),
})

/** One timeline event; only `cross-referenced` ones from pull requests matter here, every other kind passes. */
const timelineEvent = z.object({
  event: z.string().optional(),
  source: z
    .object({
      issue: z
        .object({ html_url: z.string(), state: z.enum(['open', 'closed']), pull_request: pullRequestMarker.nullish() })
        .nullish(),
    })
    .nullish(),
})

interface Response {
  status: number
  headers: Record<string, string | number | undefined>
  data: unknown
}

export interface ReadOptions {
  /** Read the timeline for a linked pull request (tasks); Q&A links only need open or closed. */
  linkedPullRequest: boolean
  now: () => Date
}

/**
 * Reads one issue or pull request as the snapshot records it. Throws ReadFailure, saying why, for anything that is
 * not a readable issue: a status GitHub answered, a network error after the client's retries, an answer that does
 * not look like GitHub's.
 */
export async function readIssueState(client: GitHubClient, ref: GitHubIssueRef, { linkedPullRequest, now }: ReadOptions): Promise<GitHubIssueState> {
  const path = `/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/issues/${ref.number}`
  const issue = parse(issueResponse, (await get(client, path)).data, `${ref.key}: the issue`)
  const url = issue.html_url
  const kind = /\/pull\/\d+$/.test(url) || issue.pull_request ? 'pull' : 'issue'
  const state: GitHubIssueStateName = issue.state === 'open' ? 'open' : issue.pull_request?.merged_at ? 'merged' : 'closed'
  const closedAs = issue.state === 'closed' && kind === 'issue' ? issue.state_reason : undefined
  const located = githubIssueRef(url)
  const candidate = {
    url,
    type: kind,
    state,
    closedAs: closedAs === 'completed' || closedAs === 'not_planned' || closedAs === 'duplicate' ? closedAs : undefined,
    assignees: (issue.assignees ?? []).map((person) => person.login),
    labels: cleanLabels(issue.labels),
    linkedPullRequest: linkedPullRequest && kind === 'issue' && located ? await readLinkedPullRequest(client, located.owner, located.repo, issue.number) : undefined,
    readAt: now().toISOString(),
  }
  const checked = issueStateSchema.safeParse(candidate)
  if (!checked.success) {
    const issueText = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new ReadFailure('malformed', `${ref.key}: GitHub's answer does not fit the snapshot (${issueText})`)
  }
  return checked.data
}

/** Labels are text anyone with triage rights chose: invisible and direction-changing characters go, length is capped. */
function cleanLabels(labels: readonly (string | { name?: string | null })[]): string[] {
  const names = labels
    .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
    .map((name) => name.replace(INVISIBLE_CHARACTERS, '').trim().slice(0, MAX_LABEL_LENGTH))
    .filter(Boolean)
  return [...new Set(names)].slice(0, MAX_LABELS)
}

/**
 * The pull request of the same repository that the timeline shows referencing the issue: the last merged one, else
 * the last open one, else the last closed one. Pages follow GitHub's `Link: <…>; rel="next"`, on the API's origin only.
 */
async function readLinkedPullRequest(client: GitHubClient, owner: string, repo: string, number: number): Promise<GitHubIssueState['linkedPullRequest']> {
  const pullPrefix = `https://github.com/${owner}/${repo}/pull/`.toLowerCase()
  const found: { url: string; state: GitHubIssueStateName }[] = []
  let next: string | undefined = `/repos/${owner}/${repo}/issues/${number}/timeline?per_page=100`
  for (let page = 0; next && page < MAX_TIMELINE_PAGES; page++) {
    const response = await get(client, next)
    for (const event of parse(z.array(timelineEvent), response.data, 'the timeline')) {
      const source = event.source?.issue
      if (event.event !== 'cross-referenced' || !source?.pull_request) continue
      if (!source.html_url.toLowerCase().startsWith(pullPrefix)) continue
      found.push({ url: source.html_url, state: source.state === 'open' ? 'open' : source.pull_request.merged_at ? 'merged' : 'closed' })
    }
    next = nextPage(client, response.headers.link)
  }
  return found.findLast((pr) => pr.state === 'merged') ?? found.findLast((pr) => pr.state === 'open') ?? found.at(-1)
}

function nextPage(client: GitHubClient, link: string | number | undefined): string | undefined {
  const url = /<([^<>]+)>;\s*rel="next"/.exec(String(link ?? ''))?.[1]
  return url && sameOrigin(client, url) ? url : undefined
}

/** The API's own origin only: the token must never follow a redirect or a page link anywhere else. */
function sameOrigin(client: GitHubClient, url: string): boolean {
  try {
    return new URL(url).origin === new URL(client.request.endpoint.DEFAULTS.baseUrl).origin
  } catch {
    return false
  }
}

/** GET, following the API's own 301/302/307/308 redirects (a transferred issue, a renamed repository). */
async function get(client: GitHubClient, url: string): Promise<Response> {
  let target = url
  for (let hop = 0; ; hop++) {
    let response: Response
    try {
      response = await client.request({ method: 'GET', url: target })
    } catch (error) {
      throw failureOf(error)
    }
    if (![301, 302, 307, 308].includes(response.status)) return response
    const location = String(response.headers.location ?? '')
    const resolved = resolveLocation(location, client.request.endpoint.DEFAULTS.baseUrl)
    if (!resolved || !sameOrigin(client, resolved)) {
      throw new ReadFailure('malformed', `${url} redirects to ${location || 'nowhere'}, outside the API`, response.status)
    }
    if (hop >= MAX_REDIRECTS) throw new ReadFailure('malformed', `${url} redirects more than ${MAX_REDIRECTS} times`, response.status)
    target = resolved
  }
}

/** A `Location` header as an absolute URL; undefined when there is none or it is not a URL. */
function resolveLocation(location: string, base: string): string | undefined {
  if (!location) return undefined
  try {
    return new URL(location, base).toString()
  } catch {
    return undefined
  }
}

function parse<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const detail = typeof data === 'string' ? `not JSON: ${JSON.stringify(data.slice(0, 40))}` : (result.error.issues[0]?.message ?? 'unexpected shape')
  throw new ReadFailure('malformed', `${what} GitHub returned is not what the REST API returns (${detail})`)
}

/** What Octokit throws for an HTTP error or a network failure. */
const requestError = z.object({
  status: z.number(),
  message: z.string(),
  response: z.object({ headers: z.record(z.string(), z.unknown()) }).optional(),
})

/** Turns what Octokit threw into why the issue could not be read. Anything else is a bug and is thrown as it is. */
function failureOf(error: unknown): unknown {
  const parsed = requestError.safeParse(error)
  if (!parsed.success) return error
  const { status, message, response } = parsed.data
  if (!response) return new ReadFailure('network', `network error: ${message}`)
  const headers = response.headers
  const resetHeader = Number(headers['x-ratelimit-reset'])
  const resetAt = Number.isFinite(resetHeader) && resetHeader > 0 ? resetHeader * 1000 : undefined
  const rateLimited =
    status === 429 ||
    (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(message)))
  if (rateLimited) return new ReadFailure('rate-limited', `rate limited (${status}): ${message}`, status, resetAt)
  if (status === 401) return new ReadFailure('unauthorized', `GitHub refused the token (401): ${message}`, status)
  if (status === 404) return new ReadFailure('not-found', 'not found (404): deleted, private, or never there', status)
  if (status === 410) return new ReadFailure('gone', 'gone (410): the issue was deleted', status)
  if (status === 403 || status === 451) return new ReadFailure('forbidden', `not readable (${status}): ${message}`, status)
  if (status >= 500) return new ReadFailure('server-error', `GitHub answered ${status} after retries: ${message}`, status)
  return new ReadFailure('unexpected-status', `GitHub answered ${status}: ${message}`, status)
}
