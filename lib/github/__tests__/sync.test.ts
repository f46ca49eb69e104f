import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { makeContentDir } from '@/lib/content/__tests__/helpers'
import { serializeGitHubSnapshot, type GitHubSnapshot } from '@/lib/content/github-snapshot'
import { checkContent } from '@/lib/content/load'
import { ContentError } from '@/lib/content/problems'
import { collectSyncTargets, formatSyncSummary, syncGitHub, writeSnapshot, type SyncOptions } from '@/lib/github/sync'

import { ERRORS, startFakeGitHub, type FakeGitHub } from './fake-github'
import { open, serveEverything, THIRD_ISSUE } from './scenario'

const NOW = new Date('2024-06-01T03:00:00.000Z')
const EARLIER = '2024-05-01T03:00:00.000Z'

let github: FakeGitHub
let content: string
const logs: string[] = []

const snapshotFile = () => path.join(content, 'github.json')
const readSnapshot = (): GitHubSnapshot => JSON.parse(fs.readFileSync(snapshotFile(), 'utf8'))
const sync = (options: Partial<SyncOptions> = {}) =>
  syncGitHub({ contentDir: content, apiUrl: github.url, msPerSecond: 1, concurrency: 2, now: () => NOW, log: (line) => logs.push(line), ...options })

beforeEach(async () => {
  github = await startFakeGitHub({ msPerSecond: 1 })
  content = makeContentDir({ '2024-01-19.mdx': THIRD_ISSUE })
  logs.length = 0
})

afterEach(async () => {
  await github.close()
  fs.rmSync(content, { recursive: true, force: true })
})

describe('npm run sync:github against a GitHub API', () => {
  it('reads every task and Q&A link once, comments and pull request URLs included, into the snapshot', async () => {
    serveEverything(github)
    const result = await sync({ token: 'secret-token' })

    expect(result).toMatchObject({ written: true, targets: 11, fromTasks: 10, failed: [{ key: 'example/beta#16', reason: 'gone', status: 410 }], notReached: [] })
    const { entries } = readSnapshot()
    expect(Object.keys(entries)).toEqual([
      'example/alpha#1', 'example/alpha#11', 'example/alpha#12', 'example/alpha#13', 'example/alpha#20', 'example/alpha#3',
      'example/beta#14', 'example/beta#15', 'example/beta#16', 'example/beta#2', 'example/beta#7',
    ])
    const read = { checkedAt: NOW.toISOString() }
    const state = (parts: object) => ({ ...read, issue: { assignees: [], labels: [], readAt: NOW.toISOString(), ...parts } })
    expect(entries['example/alpha#1']).toEqual(state({ url: 'https://github.com/example/alpha/issues/1', type: 'issue', state: 'open', labels: ['good first issue', 'docs'] }))
    expect(entries['example/alpha#11']).toEqual(state({ url: 'https://github.com/example/alpha/issues/11', type: 'issue', state: 'open', assignees: ['bob', 'carol'] }))
    // The comment URL is its issue; a pull request from a fork that mentions it is not the issue's.
    expect(entries['example/alpha#12']).toEqual(
      state({ url: 'https://github.com/example/alpha/issues/12', type: 'issue', state: 'open', linkedPullRequest: { url: 'https://github.com/example/alpha/pull/40', state: 'open' } }),
    )
    expect(entries['example/alpha#13']).toEqual(
      state({ url: 'https://github.com/example/alpha/issues/13', type: 'issue', state: 'closed', closedAs: 'completed', linkedPullRequest: { url: 'https://github.com/example/alpha/pull/41', state: 'merged' } }),
    )
    expect(entries['example/beta#7']).toMatchObject({ issue: { state: 'closed', closedAs: 'not_planned' } })
    expect(entries['example/beta#14']).toEqual(state({ url: 'https://github.com/example/beta/pull/14', type: 'pull', state: 'merged' }))
    // A transferred issue is followed to where it lives now.
    expect(entries['example/beta#15']).toEqual(state({ url: 'https://github.com/example/gamma/issues/3', type: 'issue', state: 'open', labels: ['moved'] }))
    expect(entries['example/beta#16']).toEqual({ ...read, stale: { reason: 'gone', status: 410 } })

    // Every request carried the token; Q&A links and pull requests need no timeline, tasks' issues one each.
    expect(github.requests.every((request) => request.authorization === 'token secret-token')).toBe(true)
    const timelines = github.requests.filter((request) => request.url.includes('/timeline')).map((request) => request.url.replace(/\?.*/, ''))
    expect(timelines.toSorted()).toEqual(
      ['alpha/issues/1', 'alpha/issues/11', 'alpha/issues/12', 'alpha/issues/13', 'alpha/issues/3', 'beta/issues/2', 'beta/issues/7', 'gamma/issues/3'].map(
        (p) => `/repos/example/${p}/timeline`,
      ),
    )
    // The snapshot the sync wrote is one the build accepts, and it is written the way the sync serializes it.
    expect(checkContent(content).content?.github).toEqual(readSnapshot())
    expect(fs.readFileSync(snapshotFile(), 'utf8')).toBe(serializeGitHubSnapshot(readSnapshot()))
    expect(fs.readdirSync(content).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('follows timeline pages to find the linked pull request, on the API origin only', async () => {
    await github.close()
    github = await startFakeGitHub({ msPerSecond: 1, timelinePageSize: 2 })
    serveEverything(github)
    github.serve(
      open('alpha', 12, {
        timeline: ['labeled', 'commented', 'commented', 'labeled', { owner: 'example', repo: 'alpha', number: 40, state: 'closed' }, { owner: 'example', repo: 'alpha', number: 42, state: 'open' }, 'commented'],
      }),
    )
    await sync()
    const pages = github.requests.filter((request) => request.url.startsWith('/repos/example/alpha/issues/12/timeline')).map((request) => request.url)
    expect(pages).toEqual([1, 2, 3, 4].map((page) => `/repos/example/alpha/issues/12/timeline?per_page=100${page > 1 ? `&page=${page}` : ''}`))
    expect(readSnapshot().entries['example/alpha#12']?.issue?.linkedPullRequest).toEqual({ url: 'https://github.com/example/alpha/pull/42', state: 'open' })
  })

  it('sends no token without GITHUB_TOKEN, stops before the anonymous limit runs out and says how far it got', async () => {
    await github.close()
    github = await startFakeGitHub({ msPerSecond: 1, limits: { anonymous: 7, authenticated: 5000 } })
    serveEverything(github)
    fs.writeFileSync(snapshotFile(), serializeGitHubSnapshot(previousSnapshot()))
    const result = await sync({ concurrency: 1, maxWaitSeconds: 60 })

    expect(github.requests.every((request) => request.authorization === undefined)).toBe(true)
    // Never-read links first, tasks' first: #12 and #13 (issue and timeline), the pull request #14, then the
    // transferred #15 (301, the issue, and its timeline, which would be request 8): it never asked past the limit.
    // It first asked what was left, which GitHub does not count.
    expect(github.requests[0]?.url).toBe('/rate_limit')
    expect(github.requests.slice(1)).toHaveLength(7)
    expect(result.read.map((issue) => issue.url)).toEqual(['https://github.com/example/alpha/issues/12', 'https://github.com/example/alpha/issues/13', 'https://github.com/example/beta/pull/14'])
    expect(result.failed).toEqual([{ key: 'example/beta#15', reason: 'rate-limited', message: 'the rate limit (7 requests an hour) is used up' }])
    expect(result.stopped).toMatchObject({ reason: 'rate-limited' })
    expect(result.notReached).toHaveLength(7)
    const summary = formatSyncSummary(result).join('\n')
    expect(summary).toContain('stopped after 4 of 11: the rate limit (7 requests an hour) is used up; it resets at')
    expect(summary).toContain('not reached 7; each keeps its last known state, marked stale')
    expect(summary).toContain('without GITHUB_TOKEN GitHub allows 7 requests an hour (0 left)')
    // What it did not reach keeps its last known state, marked stale.
    const { entries } = readSnapshot()
    const unreached = result.notReached.find((key) => previousSnapshot().entries[key])
    expect(unreached).toBeDefined()
    expect(entries[unreached ?? '']).toEqual({ ...previousSnapshot().entries[unreached ?? ''], stale: { reason: 'not-reached' } })
  })

  it('waits out a rate limit that lifts soon, primary (403) and secondary (429), and reads on', async () => {
    serveEverything(github)
    github.on('example/alpha#1', { status: 403, body: ERRORS.rateLimit, resetInSeconds: 30 }, { issue: open('alpha', 1) })
    github.on('example/alpha#3', { status: 429, body: ERRORS.secondaryRateLimit, headers: { 'retry-after': '20' } }, { issue: open('alpha', 3) })
    const started = Date.now()
    const result = await sync({ maxWaitSeconds: 60 })
    expect(result.stopped).toBeUndefined()
    expect(result.failed.map((failure) => failure.key)).toEqual(['example/beta#16'])
    expect(readSnapshot().entries['example/alpha#3']?.issue?.state).toBe('open')
    expect(github.requests.filter((request) => request.url === '/repos/example/alpha/issues/1')).toHaveLength(2)
    expect(github.requests.filter((request) => request.url === '/repos/example/alpha/issues/3')).toHaveLength(2)
    // Waits are scaled (a second is a millisecond here): 50 seconds of waiting took well under a real second.
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('stops on a rate limit that lasts longer than it may wait, keeping every state it could not read', async () => {
    serveEverything(github)
    fs.writeFileSync(snapshotFile(), serializeGitHubSnapshot(previousSnapshot()))
    github.on('example/alpha#1', { status: 403, body: ERRORS.rateLimit, resetInSeconds: 3600 })
    github.on('example/alpha#3', { status: 403, body: ERRORS.rateLimit, resetInSeconds: 3600 })
    const result = await sync({ concurrency: 1, maxWaitSeconds: 60 })
    expect(result.stopped).toMatchObject({ reason: 'rate-limited' })
    expect(result.stopped?.resetAt).toBeGreaterThan(Date.now() + 3000 * 1000)
    const { entries } = readSnapshot()
    const before = previousSnapshot().entries
    expect(entries['example/alpha#1']).toEqual({ checkedAt: NOW.toISOString(), issue: before['example/alpha#1']?.issue, stale: { reason: 'rate-limited', status: 403 } })
    for (const key of result.notReached) expect(entries[key]).toEqual(before[key] ? { ...before[key], stale: { reason: 'not-reached' } } : undefined)
    expect(formatSyncSummary(result).join('\n')).toMatch(/stopped after \d+ of 11: rate limited \(403\): API rate limit exceeded.*; it resets at 20\d\d-/)
  })

  it('marks deleted and private issues stale, keeping what was last read, and reads the rest', async () => {
    serveEverything(github)
    fs.writeFileSync(snapshotFile(), serializeGitHubSnapshot(previousSnapshot()))
    github.on('example/alpha#3', { status: 404, body: ERRORS.notFound })
    github.on('example/beta#2', { status: 403, body: { message: 'Repository access blocked', documentation_url: 'https://docs.github.com/rest' } })
    const result = await sync()
    const { entries } = readSnapshot()
    const before = previousSnapshot().entries
    expect(entries['example/alpha#3']).toEqual({ checkedAt: NOW.toISOString(), issue: before['example/alpha#3']?.issue, stale: { reason: 'not-found', status: 404 } })
    expect(entries['example/beta#2']).toEqual({ checkedAt: NOW.toISOString(), issue: before['example/beta#2']?.issue, stale: { reason: 'forbidden', status: 403 } })
    expect(entries['example/beta#16']).toEqual({ checkedAt: NOW.toISOString(), stale: { reason: 'gone', status: 410 } })
    expect(result.read).toHaveLength(8)
    const summary = formatSyncSummary(result).join('\n')
    expect(summary).toContain('could not read 3; each keeps its last known state, marked stale:\n')
    expect(summary).toContain('\n    example/alpha#3: not found (404): deleted, private, or never there\n')
    expect(summary).toContain('\n    example/beta#2: not readable (403): Repository access blocked')
  })

  it('retries network errors and 5xx answers, then marks what still fails stale', async () => {
    serveEverything(github)
    github.on('example/alpha#1', { dropConnection: true }, { status: 502, body: ERRORS.serverError }, { issue: open('alpha', 1) })
    github.on('example/alpha#3', { status: 500, body: ERRORS.serverError })
    const result = await sync({ retries: 2 })
    expect(readSnapshot().entries['example/alpha#1']?.issue?.state).toBe('open')
    expect(github.requests.filter((request) => request.url === '/repos/example/alpha/issues/3')).toHaveLength(3)
    expect(result.failed).toContainEqual({ key: 'example/alpha#3', reason: 'server-error', status: 500, message: 'GitHub answered 500 after retries: Server Error' })
    expect(readSnapshot().entries['example/alpha#3']).toEqual({ checkedAt: NOW.toISOString(), stale: { reason: 'server-error', status: 500 } })
  })

  it('refuses answers that are not GitHub issues: broken JSON, wrong shapes, foreign URLs, redirects elsewhere', async () => {
    serveEverything(github)
    fs.writeFileSync(snapshotFile(), serializeGitHubSnapshot(previousSnapshot()))
    github.on('example/alpha#1', { raw: '{"number": 1, "state": "op' })
    github.on('example/alpha#3', { raw: JSON.stringify({ number: 3, html_url: 'https://github.com/example/alpha/issues/3', state: 'reopened', labels: [] }) })
    github.on('example/beta#2', { raw: JSON.stringify({ number: 2, html_url: 'https://evil.example/example/beta/issues/2', state: 'open', labels: [] }) })
    github.on('example/beta#7', { redirectTo: 'https://evil.example/repositories/1/issues/7' })
    github.on('example/alpha#11', { raw: '<html>Unicorn!</html>', contentType: 'text/html' })
    github.on('example/beta#14', { status: 301, body: ERRORS.movedPermanently, headers: { location: 'http://[not a url' } })
    const result = await sync()
    const { entries } = readSnapshot()
    const before = previousSnapshot().entries
    for (const key of ['example/alpha#1', 'example/alpha#3', 'example/beta#2', 'example/beta#7', 'example/alpha#11', 'example/beta#14']) {
      const status = key === 'example/beta#7' || key === 'example/beta#14' ? { status: 301 } : {}
      expect(entries[key], key).toEqual({ checkedAt: NOW.toISOString(), issue: before[key]?.issue, stale: { reason: 'malformed', ...status } })
    }
    expect(result.failed.find((failure) => failure.key === 'example/beta#7')?.message).toBe('/repos/example/beta/issues/7 redirects to https://evil.example/repositories/1/issues/7, outside the API')
    // The foreign redirect was never followed.
    expect(github.requests.some((request) => request.url.startsWith('/repositories/1/'))).toBe(false)
    expect(result.read).toHaveLength(4)
  })

  it('strips invisible and direction-changing characters from labels and keeps the rest of the text', async () => {
    serveEverything(github)
    github.serve(open('alpha', 1, { labels: ['good\u202Efirst issue', '\u200B', 'x'.repeat(300), '🐛 bug'] }))
    await sync()
    expect(readSnapshot().entries['example/alpha#1']?.issue?.labels).toEqual(['goodfirst issue', 'x'.repeat(100), '🐛 bug'])
  })

  it('writes nothing and says so when GitHub cannot be reached at all', async () => {
    const closedPort = await unusedPort()
    const before = serializeGitHubSnapshot(previousSnapshot())
    fs.writeFileSync(snapshotFile(), before)
    const result = await sync({ apiUrl: `http://127.0.0.1:${closedPort}`, retries: 1, concurrency: 1, maxConsecutiveFailures: 3 })
    expect(result).toMatchObject({ written: false, read: [], stopped: { reason: 'unreachable' } })
    expect(result.failed).toHaveLength(3)
    expect(result.notReached).toHaveLength(8)
    expect(fs.readFileSync(snapshotFile(), 'utf8')).toBe(before)
    expect(formatSyncSummary(result).join('\n')).toContain('nothing could be read, so')
  })

  it('stops at once when the token is refused, reading and writing nothing', async () => {
    await github.close()
    github = await startFakeGitHub({ msPerSecond: 1, refusedTokens: ['expired'] })
    serveEverything(github)
    const result = await sync({ token: 'expired', concurrency: 1 })
    expect(result).toMatchObject({ written: false, stopped: { reason: 'unauthorized' } })
    expect(result.stopped?.message).toContain('check GITHUB_TOKEN')
    expect(fs.existsSync(snapshotFile())).toBe(false)
    expect(github.requests.map((request) => request.url)).toEqual(['/rate_limit', '/repos/example/alpha/issues/11'])
  })

  it('refuses to overwrite a snapshot it cannot read, and content with errors', async () => {
    fs.writeFileSync(snapshotFile(), '{ "version": 1, "entries": { "example/alpha#1": { "checkedAt": "yesterday" } } }\n')
    await expect(sync()).rejects.toThrow(ContentError)
    expect(github.requests).toEqual([])
    expect(fs.readFileSync(snapshotFile(), 'utf8')).toContain('yesterday')
  })

  it('replaces the file in one rename, and never writes one the build would refuse', () => {
    const file = snapshotFile()
    fs.writeFileSync(file, serializeGitHubSnapshot(previousSnapshot()))
    const reader = fs.openSync(file, 'r')
    const next: GitHubSnapshot = { version: 1, entries: { 'example/alpha#1': earlierEntry('alpha', 1) } }
    writeSnapshot(file, next)
    // A reader of the old file still reads all of it: the new one is another file, renamed into place.
    expect(JSON.parse(fs.readFileSync(reader, 'utf8'))).toEqual(previousSnapshot())
    fs.closeSync(reader)
    expect(readSnapshot()).toEqual(next)

    const bad: GitHubSnapshot = { version: 1, entries: { 'example/alpha#1': { ...earlierEntry('alpha', 1), issue: { ...earlierEntry('alpha', 1).issue, url: 'https://evil.example/x/y/issues/1' } } } }
    expect(() => writeSnapshot(file, bad)).toThrow('the snapshot would not pass the content checks, so it was not written')
    expect(readSnapshot()).toEqual(next)
    expect(fs.readdirSync(content).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('drops entries no content links to any more, and reads what was never read, then the longest unchecked, first', () => {
    const snapshot = previousSnapshot()
    snapshot.entries['example/alpha#99'] = { checkedAt: EARLIER, stale: { reason: 'not-found', status: 404 } }
    snapshot.entries['example/alpha#1'] = { ...snapshot.entries['example/alpha#1']!, checkedAt: '2024-04-01T00:00:00.000Z' }
    const issues = checkContent(content).content?.issues ?? []
    const order = collectSyncTargets(issues, snapshot).map((target) => target.ref.key)
    expect(order.slice(0, 2)).toEqual(['example/alpha#12', 'example/alpha#13'])
    expect(order.indexOf('example/alpha#1')).toBe(order.length - Object.keys(previousSnapshot().entries).length)
    expect(order).not.toContain('example/alpha#99')
  })
})

const earlierEntry = (repo: string, number: number) => ({
  checkedAt: EARLIER,
  issue: { url: `https://github.com/example/${repo}/issues/${number}`, type: 'issue' as const, state: 'open' as const, assignees: [], labels: ['old'], readAt: EARLIER },
})

/** What an earlier sync read: a few entries, every one open and unassigned. */
function previousSnapshot(): GitHubSnapshot {
  return {
    version: 1,
    entries: {
      'example/alpha#1': earlierEntry('alpha', 1),
      'example/alpha#3': earlierEntry('alpha', 3),
      'example/beta#2': earlierEntry('beta', 2),
      'example/beta#7': earlierEntry('beta', 7),
      'example/alpha#11': earlierEntry('alpha', 11),
    },
  }
}

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1))
    })
  })
}
