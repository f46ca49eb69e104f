import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'

const SyncOctokit = Octokit.plugin(throttling, retry)
export type GitHubClient = InstanceType<typeof SyncOctokit>

export const DEFAULT_API_URL = 'https://api.github.com'

/** What GitHub's rate-limit headers last said, for the sync to stop before it runs out rather than after. */
export interface RateLimit {
  limit?: number
  remaining?: number
  /** Epoch milliseconds at which the window resets. */
  resetAt?: number
}

export interface GitHubClientOptions {
  /** `GITHUB_TOKEN`; without one GitHub allows 60 requests an hour. */
  token?: string
  /** `GITHUB_API_URL`: the REST API's base URL, `https://api.github.com` unless set (tests point it at a fake). */
  baseUrl?: string
  /** Attempts after the first for network errors and 5xx answers, waiting 1, 4, 9… seconds between them. */
  retries?: number
  /**
   * Milliseconds in each second of waiting: the retry backoff and the waits GitHub asks for (`Retry-After`, the
   * rate-limit reset). 1000 for real; tests make it 1 so a minute's wait takes 60 ms.
   */
  msPerSecond?: number
  /** Longest wait, in seconds, for a rate limit to lift before giving up on the request. */
  maxWaitSeconds?: number
  /** Told of every rate-limit header GitHub sends. */
  onRateLimit?: (rateLimit: RateLimit) => void
  /** Told of every request made, for counting. */
  onRequest?: () => void
  /** Runs before each request (not each retry); may wait, or throw to refuse it (the rate limit is used up). */
  beforeRequest?: () => Promise<void>
  log?: (line: string) => void
}

/**
 * An Octokit for reading issues politely: the throttling plugin queues requests and waits out rate limits (when the
 * wait is short enough), the retry plugin retries network errors and 5xx answers. Redirects are not followed by
 * fetch: a transferred issue's 301 is handled by the caller, which checks it stays on the API's own origin.
 */
export function createGitHubClient({
  token,
  baseUrl = DEFAULT_API_URL,
  retries = 3,
  msPerSecond = 1000,
  maxWaitSeconds = 120,
  onRateLimit,
  onRequest,
  beforeRequest,
  log = () => {},
}: GitHubClientOptions = {}): GitHubClient {
  // Every HTTP exchange, retries included, passes here: it counts them and reads GitHub's rate-limit headers.
  const observingFetch: typeof fetch = async (input, init) => {
    onRequest?.()
    const response = await fetch(input, init)
    const header = (name: string): number | undefined => {
      const value = response.headers.get(name)
      return value === null || !Number.isFinite(Number(value)) ? undefined : Number(value)
    }
    const remaining = header('x-ratelimit-remaining')
    const reset = header('x-ratelimit-reset')
    if (remaining !== undefined) {
      onRateLimit?.({ limit: header('x-ratelimit-limit'), remaining, resetAt: reset === undefined ? undefined : reset * 1000 })
    }
    return response
  }
  const octokit = new SyncOctokit({
    auth: token || undefined,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent: 'community-weekly-sync',
    request: { redirect: 'manual', fetch: observingFetch },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    throttle: {
      retryAfterBaseValue: msPerSecond,
      onRateLimit: (retryAfter: number, _options: object, _octokit: unknown, retryCount: number) => {
        const wait = retryCount < 1 && retryAfter <= maxWaitSeconds
        log(`rate limit reached; ${wait ? `waiting ${retryAfter} s for it to reset` : `it resets in ${retryAfter} s, longer than the ${maxWaitSeconds} s this run waits`}`)
        return wait
      },
      onSecondaryRateLimit: (retryAfter: number, _options: object, _octokit: unknown, retryCount: number) => {
        const wait = retryCount < retries && retryAfter <= maxWaitSeconds
        log(`secondary rate limit; ${wait ? `waiting ${retryAfter} s` : 'giving up on this request'}`)
        return wait
      },
    },
    // 403 and 429 are the throttling plugin's: it knows which are rate limits and how long GitHub asks to wait.
    retry: { retries, retryAfterBaseValue: msPerSecond, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  })
  // Registered after the plugins, so it wraps them: once per request, before any queueing or retry.
  if (beforeRequest) octokit.hook.before('request', beforeRequest)
  return octokit
}
