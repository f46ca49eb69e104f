import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/**
 * A local stand-in for GitHub's REST API, over real HTTP: the issue, timeline and error bodies are the shapes the
 * real API returns (fixtures/), with its rate-limit headers, `Link` pagination and 301 for transferred issues.
 * Each path answers a list of replies in turn, the last one repeating, so a test can script "502, then the issue".
 */

const FIXTURES = path.join(import.meta.dirname, 'fixtures')
const fixture = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'))
export const ERRORS = fixture('errors.json') as Record<'notFound' | 'gone' | 'movedPermanently' | 'rateLimit' | 'secondaryRateLimit' | 'badCredentials' | 'serverError', Record<string, unknown>>

export interface FakePullRequestReference {
  owner: string
  repo: string
  number: number
  state: 'open' | 'closed'
  merged?: boolean
}

export interface FakeIssue {
  owner: string
  repo: string
  number: number
  type?: 'issue' | 'pull'
  state?: 'open' | 'closed'
  stateReason?: 'completed' | 'not_planned' | 'reopened' | null
  merged?: boolean
  assignees?: string[]
  labels?: string[]
  /** Events in timeline order: pull requests that reference the issue, and other events around them. */
  timeline?: (FakePullRequestReference | 'labeled' | 'commented')[]
}

export type Reply =
  | { issue: FakeIssue }
  | { status: number; body?: unknown; headers?: Record<string, string>; resetInSeconds?: number }
  | { redirectTo: string; status?: 301 | 302 | 307 }
  | { raw: string; contentType?: string }
  | { dropConnection: true }

export interface RecordedRequest {
  method: string
  url: string
  authorization?: string
}

export interface FakeGitHubOptions {
  /** Requests an hour without a token (GitHub: 60) and with one (5,000). */
  limits?: { anonymous: number; authenticated: number }
  /** Events per timeline page, whatever `per_page` asks: small pages make pagination testable with few events. */
  timelinePageSize?: number
  /** Milliseconds in a second of the rate-limit window, as the client's `msPerSecond`: the hour passes in 3.6 s at 1. */
  msPerSecond?: number
  /** Tokens GitHub answers 401 Bad credentials to (expired, revoked). */
  refusedTokens?: string[]
}

export interface FakeGitHub {
  url: string
  requests: RecordedRequest[]
  /** Scripts the replies of an issue: `owner/repo#number` or an API path such as `/repositories/42/issues/7`. */
  on(target: string, ...replies: Reply[]): void
  /** An issue answered as itself: `on(key, { issue })`, and its timeline. */
  serve(...issues: FakeIssue[]): void
  close(): Promise<void>
}

const clone = <T>(value: T): T => structuredClone(value)

function userNamed(login: string): Record<string, unknown> {
  const user = fixture('user.json')
  return Object.fromEntries(Object.entries(user).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll('octocat', login) : value]))
}

/** GitHub's issue object for a fake issue, from the recorded shape. */
export function issueBody(api: string, issue: FakeIssue): Record<string, unknown> {
  const apiBase = `${api}/repos/${issue.owner}/${issue.repo}`
  const kind = issue.type === 'pull' ? 'pull' : 'issues'
  const body = clone(fixture('issue.json'))
  const state = issue.state ?? 'open'
  Object.assign(body, {
    url: `${apiBase}/issues/${issue.number}`,
    repository_url: apiBase,
    labels_url: `${apiBase}/issues/${issue.number}/labels{/name}`,
    comments_url: `${apiBase}/issues/${issue.number}/comments`,
    events_url: `${apiBase}/issues/${issue.number}/events`,
    timeline_url: `${apiBase}/issues/${issue.number}/timeline`,
    html_url: `https://github.com/${issue.owner}/${issue.repo}/${kind}/${issue.number}`,
    id: issue.number * 1000 + 1,
    number: issue.number,
    title: `Issue ${issue.number}`,
    user: userNamed('octocat'),
    labels: (issue.labels ?? []).map((name, index) => ({ ...(body.labels as Record<string, unknown>[])[0], id: index + 1, name })),
    state,
    state_reason: issue.stateReason ?? (state === 'closed' ? 'completed' : null),
    closed_at: state === 'closed' ? '2024-05-01T00:00:00Z' : null,
    assignee: issue.assignees?.[0] ? userNamed(issue.assignees[0]) : null,
    assignees: (issue.assignees ?? []).map(userNamed),
  })
  if (issue.type === 'pull') {
    const marker = clone(fixture('pull-request-marker.json'))
    Object.assign(marker, {
      url: `${apiBase}/pulls/${issue.number}`,
      html_url: `https://github.com/${issue.owner}/${issue.repo}/pull/${issue.number}`,
      diff_url: `https://github.com/${issue.owner}/${issue.repo}/pull/${issue.number}.diff`,
      patch_url: `https://github.com/${issue.owner}/${issue.repo}/pull/${issue.number}.patch`,
      merged_at: issue.merged ? '2024-05-01T00:00:00Z' : null,
    })
    body.pull_request = marker
  }
  return body
}

function timelineEvents(api: string, issue: FakeIssue): Record<string, unknown>[] {
  return (issue.timeline ?? []).map((item) => {
    if (item === 'labeled') return clone(fixture('timeline-labeled.json'))
    if (item === 'commented') return clone(fixture('timeline-commented.json'))
    const event = clone(fixture('timeline-cross-referenced.json'))
    const source = { owner: item.owner, repo: item.repo, number: item.number, type: 'pull' as const, state: item.state, merged: item.merged }
    event.source = { type: 'issue', issue: issueBody(api, source) }
    return event
  })
}

/** The API path of `owner/repo#number`, or the path itself; lowercase, as GitHub's names ignore case. */
function pathOf(target: string): string {
  const match = /^([^/#]+)\/([^/#]+)#(\d+)$/.exec(target)
  return (match ? `/repos/${match[1]}/${match[2]}/issues/${match[3]}` : target).toLowerCase()
}

export async function startFakeGitHub({
  limits = { anonymous: 60, authenticated: 5000 },
  timelinePageSize,
  msPerSecond = 1000,
  refusedTokens = [],
}: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const scripts = new Map<string, Reply[]>()
  const requests: RecordedRequest[] = []
  const windows = new Map<string, { used: number; resetAt: number }>()
  let url = ''

  const nextReply = (key: string): Reply | undefined => {
    const replies = scripts.get(key)
    if (!replies || replies.length === 0) return undefined
    return replies.length > 1 ? replies.shift() : replies[0]
  }

  /** GitHub's primary rate limit, per token (or per address without one), in a window of an hour. */
  const rateLimit = (authorization: string | undefined, count: boolean) => {
    const identity = authorization ?? 'anonymous'
    const limit = authorization ? limits.authenticated : limits.anonymous
    const now = Date.now()
    let window = windows.get(identity)
    if (!window || now >= window.resetAt) {
      window = { used: 0, resetAt: now + 3600 * msPerSecond }
      windows.set(identity, window)
    }
    const secondsLeft = Math.ceil((window.resetAt - now) / msPerSecond)
    const reset = Math.floor(now / 1000) + secondsLeft
    const exceeded = count && window.used >= limit
    if (count && !exceeded) window.used++
    return {
      exceeded,
      headers: {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - window.used)),
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-used': String(window.used),
        'x-ratelimit-resource': 'core',
      },
    }
  }

  const server = http.createServer((request, response) => {
    const authorization = request.headers.authorization
    requests.push({ method: request.method ?? '', url: request.url ?? '', authorization })
    // GET /rate_limit is free, as on GitHub.
    const free = request.url === '/rate_limit'
    const { exceeded, headers } = rateLimit(authorization, !free)
    const send = (status: number, body: unknown, extra: Record<string, string> = {}): void => {
      const text = JSON.stringify(body)
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers, ...extra })
      response.end(text)
    }
    if (refusedTokens.some((token) => authorization === `token ${token}`)) {
      send(401, ERRORS.badCredentials)
      return
    }
    if (exceeded) {
      send(403, ERRORS.rateLimit)
      return
    }
    if (free) {
      const core = {
        limit: Number(headers['x-ratelimit-limit']),
        remaining: Number(headers['x-ratelimit-remaining']),
        reset: Number(headers['x-ratelimit-reset']),
        used: Number(headers['x-ratelimit-used']),
        resource: 'core',
      }
      send(200, { resources: { core }, rate: core })
      return
    }
    const requestUrl = new URL(request.url ?? '/', url)
    const timeline = /^(.*\/issues\/\d+)\/timeline$/.exec(requestUrl.pathname)
    const key = timeline ? timeline[1] ?? '' : requestUrl.pathname
    const reply = nextReply(key.toLowerCase())
    if (!reply) {
      send(404, ERRORS.notFound)
      return
    }
    if ('dropConnection' in reply) {
      request.socket.destroy()
      return
    }
    if ('raw' in reply) {
      response.writeHead(200, { 'content-type': reply.contentType ?? 'application/json; charset=utf-8', ...headers })
      response.end(reply.raw)
      return
    }
    if ('redirectTo' in reply) {
      const location = new URL(reply.redirectTo, url).toString()
      send(reply.status ?? 301, { ...ERRORS.movedPermanently, url: location }, { location })
      return
    }
    if ('status' in reply) {
      const extra = { ...reply.headers }
      if (reply.resetInSeconds !== undefined) {
        Object.assign(extra, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + reply.resetInSeconds) })
      }
      send(reply.status, reply.body ?? {}, extra)
      return
    }
    if (!timeline) {
      send(200, issueBody(url, reply.issue))
      return
    }
    const events = timelineEvents(url, reply.issue)
    const perPage = timelinePageSize ?? Math.min(100, Number(requestUrl.searchParams.get('per_page') ?? 30))
    const page = Math.max(1, Number(requestUrl.searchParams.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(events.length / perPage))
    const pageUrl = (n: number) => {
      const next = new URL(requestUrl.toString())
      next.searchParams.set('page', String(n))
      return next.toString()
    }
    const links = [
      page < last ? `<${pageUrl(page + 1)}>; rel="next"` : '',
      page < last ? `<${pageUrl(last)}>; rel="last"` : '',
      page > 1 ? `<${pageUrl(1)}>; rel="first"` : '',
      page > 1 ? `<${pageUrl(page - 1)}>; rel="prev"` : '',
    ].filter(Boolean)
    send(200, events.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {})
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    requests,
    on(target, ...replies) {
      scripts.set(pathOf(target), replies)
    },
    serve(...issues) {
      for (const issue of issues) {
        const replies = [{ issue }]
        scripts.set(pathOf(`${issue.owner}/${issue.repo}#${issue.number}`), replies)
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
