import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import {
  parseGitHubSnapshot,
  serializeGitHubSnapshot,
  SNAPSHOT_FILE,
  SNAPSHOT_VERSION,
  type GitHubIssueState,
  type GitHubSnapshot,
  type SnapshotEntry,
} from '@/lib/content/github-snapshot'
import type { Issue } from '@/lib/content/issue'
import { githubIssueRef, type GitHubIssueRef } from '@/lib/content/links'
import { checkContent, displayPath } from '@/lib/content/load'
import { ContentError, formatProblem, ProblemList } from '@/lib/content/problems'

import { createGitHubClient, DEFAULT_API_URL, type RateLimit } from './client'
import { readIssueState, ReadFailure } from './read'

/** One issue or pull request the content links to, however many links point at it. */
export interface SyncTarget {
  ref: GitHubIssueRef
  /** A task links to it (its linked pull request is read too); otherwise only Q&A links do. */
  task: boolean
  /** The latest issue date that links to it. */
  lastLinked: string
}

export interface SyncOptions {
  contentDir: string
  token?: string
  /** Base URL of the REST API; `GITHUB_API_URL`. */
  apiUrl?: string
  /** Issues read at once. */
  concurrency?: number
  retries?: number
  /** Milliseconds in each second of waiting (see createGitHubClient); tests make it tiny. */
  msPerSecond?: number
  /** Longest wait, in seconds, for a rate limit to lift before stopping. */
  maxWaitSeconds?: number
  /** Network or 5xx failures in a row after which GitHub is taken to be unreachable and the run stops. */
  maxConsecutiveFailures?: number
  now?: () => Date
  log?: (line: string) => void
}

export interface SyncFailure {
  key: string
  reason: string
  status?: number
  message: string
}

export interface SyncResult {
  /** The snapshot file, as a maintainer finds it. */
  file: string
  written: boolean
  targets: number
  fromTasks: number
  read: GitHubIssueState[]
  failed: SyncFailure[]
  /** Keys the run never got to, because it stopped. */
  notReached: string[]
  stopped?: { reason: 'rate-limited' | 'unreachable' | 'unauthorized'; message: string; resetAt?: number }
  authenticated: boolean
  rateLimit: RateLimit
  requests: number
  /** Reading the content folder, then reading GitHub and writing the snapshot. */
  milliseconds: { content: number; github: number }
}

interface Outcome {
  issue?: GitHubIssueState
  failure?: ReadFailure
  at: string
}

/**
 * Reads the state of every issue and pull request the content links to (tasks, and Q&A links to issues) and writes
 * `github.json` in the content folder. What it cannot read keeps its last known state, marked stale; the file is
 * replaced in one rename, never left half-written; when nothing at all could be read, nothing is written.
 */
export async function syncGitHub(options: SyncOptions): Promise<SyncResult> {
  const started = Date.now()
  const {
    contentDir,
    token,
    apiUrl = DEFAULT_API_URL,
    concurrency = 4,
    retries = 3,
    msPerSecond = 1000,
    maxWaitSeconds = 120,
    maxConsecutiveFailures = 5,
    now = () => new Date(),
    log = () => {},
  } = options

  // The links come from the content as the build reads it; content with errors (the snapshot included) stops here,
  // so a snapshot this run cannot understand is never overwritten.
  const { content, problems } = checkContent(contentDir)
  if (!content) throw new ContentError(problems)
  const previous = content.github
  const targets = collectSyncTargets(content.issues, previous)
  const contentRead = Date.now()

  let requests = 0
  const budget = new RequestBudget(msPerSecond, maxWaitSeconds)
  const client = createGitHubClient({
    token,
    baseUrl: apiUrl,
    retries,
    msPerSecond,
    maxWaitSeconds,
    log,
    onRequest: () => requests++,
    onRateLimit: (rateLimit) => budget.update(rateLimit),
    beforeRequest: () => budget.beforeRequest(),
  })

  // GitHub does not count this request against the limit: knowing what is left before starting lets the run stop
  // cleanly at the limit instead of half-way through issues read in parallel.
  if (targets.length > 0) await client.request('GET /rate_limit').catch(() => undefined)

  const outcomes = new Map<string, Outcome>()
  const queue = [...targets]
  let stopped: SyncResult['stopped']
  let failuresInARow = 0

  const work = async (): Promise<void> => {
    while (!stopped) {
      const target = queue.shift()
      if (!target) return
      const cost = target.task ? 2 : 1
      const reserved = await budget.reserve(cost)
      if (reserved !== true) {
        stopped ??= reserved
        return
      }
      try {
        const issue = await readIssueState(client, target.ref, { linkedPullRequest: target.task, now })
        outcomes.set(target.ref.key, { issue, at: now().toISOString() })
        failuresInARow = 0
      } catch (error) {
        if (!(error instanceof ReadFailure)) throw error
        log(`${target.ref.key}: ${error.message}`)
        if (error.reason === 'unauthorized') {
          stopped ??= { reason: 'unauthorized', message: `${error.message}; check GITHUB_TOKEN, or unset it to read without one` }
          continue
        }
        outcomes.set(target.ref.key, { failure: error, at: now().toISOString() })
        if (error.reason === 'rate-limited') {
          stopped ??= { reason: 'rate-limited', message: error.message, resetAt: error.resetAt }
        } else if (error.reason === 'network' || error.reason === 'server-error') {
          failuresInARow++
          if (failuresInARow >= maxConsecutiveFailures) {
            stopped ??= { reason: 'unreachable', message: `${failuresInARow} links in a row failed (${error.message})` }
          }
        } else {
          failuresInARow = 0
        }
      } finally {
        budget.release(cost)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, targets.length)) }, work))

  const entries: Record<string, SnapshotEntry> = {}
  for (const target of targets) {
    const entry = nextEntry(outcomes.get(target.ref.key), previous?.entries[target.ref.key])
    if (entry) entries[target.ref.key] = entry
  }
  const read = [...outcomes.values()].flatMap((outcome) => outcome.issue ?? [])
  const file = path.join(contentDir, SNAPSHOT_FILE)
  const nothingRead = targets.length > 0 && read.length === 0
  const unchangedEmpty = targets.length === 0 && !previous
  const written = !nothingRead && !unchangedEmpty
  if (written) writeSnapshot(file, { version: SNAPSHOT_VERSION, entries })

  return {
    file: displayPath(file),
    written,
    targets: targets.length,
    fromTasks: targets.filter((target) => target.task).length,
    read,
    failed: [...outcomes].flatMap(([key, outcome]) =>
      outcome.failure ? [{ key, reason: outcome.failure.reason, status: outcome.failure.status, message: outcome.failure.message }] : [],
    ),
    notReached: targets.filter((target) => !outcomes.has(target.ref.key)).map((target) => target.ref.key),
    stopped,
    authenticated: Boolean(token),
    rateLimit: budget.last,
    requests,
    milliseconds: { content: contentRead - started, github: Date.now() - contentRead },
  }
}

/**
 * Every issue and pull request the content links to, once, in the order a partial run should read them: never
 * checked first, then the longest unchecked, then those of tasks, then the most recently linked.
 */
export function collectSyncTargets(issues: readonly Issue[], previous: GitHubSnapshot | undefined): SyncTarget[] {
  const targets = new Map<string, SyncTarget>()
  const add = (href: string, task: boolean, date: string): void => {
    const ref = githubIssueRef(href)
    if (!ref) return
    const known = targets.get(ref.key)
    targets.set(ref.key, {
      ref: known?.ref ?? ref,
      task: task || (known?.task ?? false),
      lastLinked: known && known.lastLinked > date ? known.lastLinked : date,
    })
  }
  for (const issue of issues) {
    for (const task of issue.tasks) add(task.href, true, issue.date)
    for (const qa of issue.qa) for (const link of qa.links) add(link.href, false, issue.date)
  }
  const checkedAt = (target: SyncTarget) => previous?.entries[target.ref.key]?.checkedAt ?? ''
  return [...targets.values()].toSorted(
    (a, b) =>
      checkedAt(a).localeCompare(checkedAt(b)) ||
      Number(b.task) - Number(a.task) ||
      b.lastLinked.localeCompare(a.lastLinked) ||
      a.ref.key.localeCompare(b.ref.key),
  )
}

/** The entry after this run: what was read; else the last known state, marked stale with why; else nothing. */
function nextEntry(outcome: Outcome | undefined, previous: SnapshotEntry | undefined): SnapshotEntry | undefined {
  if (outcome?.issue) return { checkedAt: outcome.at, issue: outcome.issue }
  if (outcome?.failure && outcome.failure.reason !== 'unauthorized') {
    const { reason, status } = outcome.failure
    return { checkedAt: outcome.at, issue: previous?.issue, stale: status === undefined ? { reason } : { reason, status } }
  }
  if (!previous) return undefined
  return previous.stale ? previous : { ...previous, stale: { reason: 'not-reached' } }
}

/**
 * Writes the snapshot as one rename of a complete file beside it: a reader (a build, a crash half-way) sees the old
 * file or the new one, never part of one. The text is checked as the build will check it before anything is written.
 */
export function writeSnapshot(file: string, snapshot: GitHubSnapshot): void {
  const text = serializeGitHubSnapshot(snapshot)
  const problems = new ProblemList(displayPath(file))
  if (!parseGitHubSnapshot(text, problems)) {
    throw new Error(`the snapshot would not pass the content checks, so it was not written:\n${problems.items.map(formatProblem).join('\n')}`)
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const fd = fs.openSync(temporary, 'wx', 0o644)
    try {
      fs.writeFileSync(fd, text)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temporary, file)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}

/**
 * Keeps the run inside GitHub's rate limit: each issue reserves the requests it will make, and when the limit's
 * remainder cannot cover them the run waits for the reset if it comes soon enough, or stops.
 */
class RequestBudget {
  last: RateLimit = {}
  private reserved = 0

  constructor(
    private readonly msPerSecond: number,
    private readonly maxWaitSeconds: number,
  ) {}

  update(rateLimit: RateLimit): void {
    // Answers arrive out of order: within one window, the lowest remainder is the latest.
    const sameWindow = rateLimit.resetAt !== undefined && rateLimit.resetAt === this.last.resetAt
    const remaining = sameWindow && this.last.remaining !== undefined && rateLimit.remaining !== undefined ? Math.min(this.last.remaining, rateLimit.remaining) : rateLimit.remaining
    this.last = { ...rateLimit, remaining }
  }

  async reserve(cost: number): Promise<true | NonNullable<SyncResult['stopped']>> {
    for (;;) {
      const { remaining, resetAt } = this.last
      if (remaining === undefined || remaining - this.reserved >= cost) {
        this.reserved += cost
        return true
      }
      if (this.reserved > 0) {
        // Issues being read may need fewer requests than they reserved: wait for them before deciding.
        await sleep(this.msPerSecond / 100)
        continue
      }
      const seconds = this.secondsUntilReset()
      if (seconds > this.maxWaitSeconds) {
        return { reason: 'rate-limited', message: `the rate limit (${this.last.limit ?? '?'} requests an hour) is used up`, resetAt }
      }
      await sleep(seconds * this.msPerSecond)
      this.last = { ...this.last, remaining: undefined }
    }
  }

  /**
   * An issue can take more requests than it reserved (a redirect, a long timeline): none is sent once the limit is
   * used up, unless it resets within the wait allowed.
   */
  async beforeRequest(): Promise<void> {
    const { remaining, resetAt } = this.last
    if (remaining === undefined || remaining > 0) return
    const seconds = this.secondsUntilReset()
    if (seconds > this.maxWaitSeconds) {
      throw new ReadFailure('rate-limited', `the rate limit (${this.last.limit ?? '?'} requests an hour) is used up`, undefined, resetAt)
    }
    await sleep(seconds * this.msPerSecond)
    this.last = { ...this.last, remaining: undefined }
  }

  private secondsUntilReset(): number {
    const { resetAt } = this.last
    return resetAt === undefined ? Infinity : Math.max(0, Math.ceil((resetAt - Date.now()) / 1000)) + 1
  }

  release(cost: number): void {
    this.reserved -= cost
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** The run told to a person: what was read, what was not and why, how far the rate limit let it go. */
export function formatSyncSummary(result: SyncResult): string[] {
  const lines: string[] = []
  const fromQa = result.targets - result.fromTasks
  lines.push(`${result.file}: ${result.targets} linked issues and pull requests (${result.fromTasks} from tasks, ${fromQa} from Q&A only)`)
  const by = (state: string) => result.read.filter((issue) => issue.state === state).length
  const assigned = result.read.filter((issue) => issue.state === 'open' && issue.assignees.length > 0).length
  lines.push(`  read ${result.read.length}: ${by('open')} open (${assigned} assigned), ${by('closed')} closed, ${by('merged')} merged`)
  if (result.failed.length > 0) {
    lines.push(`  could not read ${result.failed.length}; each keeps its last known state, marked stale:`)
    for (const failure of result.failed) lines.push(`    ${failure.key}: ${failure.message}`)
  }
  if (result.stopped) {
    const reset = result.stopped.resetAt ? `; it resets at ${new Date(result.stopped.resetAt).toISOString()}` : ''
    lines.push(`  stopped after ${result.read.length + result.failed.length} of ${result.targets}: ${result.stopped.message}${reset}`)
    if (result.notReached.length > 0) lines.push(`  not reached ${result.notReached.length}; each keeps its last known state, marked stale`)
  }
  if (!result.authenticated) {
    lines.push(`  without GITHUB_TOKEN GitHub allows ${result.rateLimit.limit ?? 60} requests an hour (${result.rateLimit.remaining ?? '?'} left); set GITHUB_TOKEN to read up to 5,000`)
  }
  lines.push(
    `  ${result.requests} requests in ${(result.milliseconds.github / 1000).toFixed(1)} s (after ${(result.milliseconds.content / 1000).toFixed(1)} s reading the content); ${
      result.written ? `wrote ${result.file}` : result.targets === 0 ? 'nothing to write' : `nothing could be read, so ${result.file} was left as it was`
    }`,
  )
  return lines
}
