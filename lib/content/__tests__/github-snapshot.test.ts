import fs from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { countOpenTasks, summarizeProject } from '../aggregate'
import { parseGitHubSnapshot, serializeGitHubSnapshot, type GitHubIssueState, type GitHubSnapshot, type SnapshotEntry } from '../github-snapshot'
import { collectLiveBoard } from '../github-state'
import type { Issue } from '../issue'
import { checkContent, readContent } from '../load'
import { formatProblem, ProblemList } from '../problems'

import { makeContentDir } from './helpers'

const READ = '2024-06-01T03:00:00.000Z'

function issue(url: string, parts: Partial<GitHubIssueState> = {}): SnapshotEntry {
  return { checkedAt: READ, issue: { url, type: 'issue', state: 'open', assignees: [], labels: [], readAt: READ, ...parts } }
}

/** The fixture content's four tasks, each given a different state on GitHub. */
function fixtureSnapshot(): GitHubSnapshot {
  return {
    version: 1,
    entries: {
      // "Rewrite the parser": announced open, now assigned.
      'example/beta#2': issue('https://github.com/example/beta/issues/2', { assignees: ['alice'] }),
      // "Fix a typo": announced done, reopened and unassigned.
      'example/alpha#1': issue('https://github.com/example/alpha/issues/1', { labels: ['good first issue'] }),
      // "Add a test": announced claimed, closed since.
      'example/alpha#3': issue('https://github.com/example/alpha/issues/3', { state: 'closed', closedAs: 'completed' }),
      // "Triage old issues": open, with an open pull request: claimed.
      'example/beta#7': issue('https://github.com/example/beta/issues/7', { linkedPullRequest: { url: 'https://github.com/example/beta/pull/8', state: 'open' } }),
    },
  }
}

const dirs: string[] = []
function contentWith(snapshot: string, files: Record<string, string> = {}): string {
  const dir = makeContentDir(files)
  dirs.push(dir)
  fs.writeFileSync(path.join(dir, 'github.json'), snapshot)
  return dir
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function problemsOf(text: string): string[] {
  const problems = new ProblemList('content/github.json')
  parseGitHubSnapshot(text, problems)
  return problems.items.map(formatProblem)
}

describe('content/github.json', () => {
  it('round-trips what the sync writes, entries in key order', () => {
    const snapshot = fixtureSnapshot()
    const text = serializeGitHubSnapshot(snapshot)
    expect(text.indexOf('"example/alpha#1"')).toBeLessThan(text.indexOf('"example/beta#2"'))
    expect(parseGitHubSnapshot(text, new ProblemList('github.json'))).toEqual(snapshot)
  })

  it('reports JSON syntax errors at their line and column', () => {
    expect(problemsOf('{\n  "version": 1,\n  "entries": {,}\n}\n')).toEqual(["content/github.json:3:15 invalid JSON: Expected property name or '}'"])
    // YAML is not JSON, even though the YAML parser would read it.
    expect(problemsOf('version: 1\nentries: {}\n')).toEqual([expect.stringMatching(/^content\/github\.json:1:1 invalid JSON: Unexpected token/)])
  })

  it('checks every field at its line: states, GitHub URLs only, logins, labels, times, keys', () => {
    const text = `{
  "version": 1,
  "entries": {
    "example/alpha#1": {
      "checkedAt": "2024-06-01T03:00:00.000Z",
      "issue": {
        "url": "https://evil.example/example/alpha/issues/1",
        "type": "issue",
        "state": "reopened",
        "assignees": ["<script>"],
        "labels": ["good\u202Efirst issue", "${'x'.repeat(101)}"],
        "linkedPullRequest": { "url": "https://github.com/example/alpha/issues/2", "state": "open" },
        "readAt": "yesterday"
      }
    },
    "Example/Alpha#2": { "checkedAt": "2024-06-01T03:00:00.000Z", "stale": { "reason": "not-found" } },
    "example/alpha#3": { "checkedAt": "2024-06-01T03:00:00.000Z" },
    "example/alpha#4": { "checkedAt": "2024-06-01T03:00:00.000Z", "stale": { "reason": "not-found" }, "html": "<b>" }
  }
}
`
    expect(problemsOf(text)).toEqual([
      // Characters are checked before the schema, for every YAML and JSON content file alike.
      'content/github.json:11:20 value holds a bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE), which can make text display differently from what it is (written as an escape); remove it',
      'content/github.json:7:9 field "entries.example/alpha#1.issue.url" is "https://evil.example/example/alpha/issues/1"; expected https://github.com/OWNER/REPO/issues or pull/NUMBER',
      'content/github.json:9:9 field "entries.example/alpha#1.issue.state" is "reopened"; expected "open", "closed" or "merged"',
      'content/github.json:10:23 field "entries.example/alpha#1.issue.assignees" in item 1 is "<script>"; expected a GitHub login',
      `content/github.json:11:40 field "entries.example/alpha#1.issue.labels" in item 2 is "${'x'.repeat(57)}..."; must be at most 100 characters`,
      'content/github.json:12:32 field "entries.example/alpha#1.issue.linkedPullRequest.url" is "https://github.com/example/alpha/issues/2"; expected https://github.com/OWNER/REPO/pull/NUMBER',
      'content/github.json:13:9 field "entries.example/alpha#1.issue.readAt" is "yesterday"; expected a UTC time such as 2024-06-01T03:00:00.000Z',
      'content/github.json:16:5 field "entries.Example/Alpha#2" is an object; its key must be owner/repo#number, in lowercase',
      'content/github.json:17:5 field "entries.example/alpha#3" is an object; needs "issue", the state GitHub returned, or "stale", saying why it could not be read',
      'content/github.json:18:103 unknown field "html"',
    ])
  })

  it('refuses other versions, duplicate keys, too many entries and files over 1 MB', () => {
    expect(problemsOf('{ "version": 2, "entries": {} }')).toEqual(['content/github.json:1:3 field "version" is 2; expected 1'])
    const twice = '{ "version": 1, "entries": {\n "example/alpha#1": { "checkedAt": "2024-06-01T03:00:00.000Z", "stale": { "reason": "gone" } },\n "example/alpha#1": { "checkedAt": "2024-06-01T03:00:00.000Z", "stale": { "reason": "gone" } } } }'
    expect(problemsOf(twice)).toEqual([expect.stringMatching(/^content\/github\.json:3:2 invalid YAML: Map keys must be unique/)])
    const many = { version: 1, entries: Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`example/alpha#${i + 1}`, { checkedAt: READ, stale: { reason: 'gone' } }])) }
    expect(problemsOf(JSON.stringify(many))).toEqual([expect.stringContaining('field "entries" is an object; may hold at most 2000 entries')])

    const big = contentWith(JSON.stringify({ version: 1, entries: {}, padding: 'x'.repeat(1024 * 1024) }))
    expect(checkContent(big).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([`${big}/github.json:1:1 file is 1.0 MB; content files may be at most 1 MB`])
  })

  it('fails the content with the snapshot, like any other content file', () => {
    const dir = contentWith('{ "version": 1, "entries": { "example/alpha#1": { "checkedAt": "now", "stale": { "reason": "gone" } } } }')
    expect(() => readContent(dir)).toThrow(`${dir}/github.json:1:51 field "entries.example/alpha#1.checkedAt" is "now"; expected a UTC time`)
  })

  it('warns at the task where the issue file and GitHub disagree, and at entries nothing links to', () => {
    const snapshot = fixtureSnapshot()
    snapshot.entries['example/gone#5'] = { checkedAt: READ, stale: { reason: 'gone', status: 410 } }
    const dir = contentWith(serializeGitHubSnapshot(snapshot))
    const { content, problems } = checkContent(dir)
    expect(content?.github).toEqual(snapshot)
    expect(problems.filter((p) => p.severity === 'warning' && !p.message.includes('no difficulty')).map(formatProblem)).toEqual([
      `${dir}/github.json:57:5 warning: entry "example/gone#5" is not linked from any task or Q&A; the next npm run sync:github removes it`,
      `${dir}/weekly/2024-01-05.mdx:32:3 warning: <Task> "Rewrite the parser" has status "open", but GitHub says example/beta#2 is assigned to @alice (read 2024-06-01); the board shows it as "claimed"`,
      `${dir}/weekly/2024-01-05.mdx:34:3 warning: <Task> "Add a test" has status "claimed", but GitHub says example/alpha#3 is closed (read 2024-06-01); the board shows it as "done"`,
      `${dir}/weekly/2024-01-12.mdx:9:3 warning: <Task> "Fix a typo" has status "done", but GitHub says example/alpha#1 is open and unassigned (read 2024-06-01); the board shows it as "open"`,
      `${dir}/weekly/2024-01-12.mdx:10:3 warning: <Task> "Triage old issues" has status "open", but GitHub says example/beta#7 has an open pull request, https://github.com/example/beta/pull/8 (read 2024-06-01); the board shows it as "claimed"`,
    ])
  })
})

/** The fixture content, plus an issue whose three tasks share one tracking issue. */
function issues(): Issue[] {
  const dir = contentWith('{ "version": 1, "entries": {} }', {
    '2024-01-19.mdx': `---
title: Tracked
date: 2024-01-19
---

<TaskBoard>
  <Task project="alpha" difficulty="easy" title="One" href="https://github.com/example/alpha/issues/50#issuecomment-1" />
  <Task project="alpha" difficulty="easy" title="Two" href="https://github.com/example/alpha/issues/50#issuecomment-2" />
  <Task project="alpha" difficulty="easy" title="Three" href="https://github.com/example/alpha/issues/50" status="claimed" />
</TaskBoard>
`,
  })
  return readContent(dir).issues
}

describe('the board with GitHub state', () => {
  it('shows what GitHub says: assigned or with an open pull request is claimed, closed or merged is done', () => {
    const { tasks, github } = collectLiveBoard(issues(), fixtureSnapshot())
    const statusOf = (title: string) => tasks.find((task) => task.title === title)?.status
    expect(statusOf('Rewrite the parser')).toBe('claimed')
    expect(statusOf('Fix a typo')).toBe('open')
    expect(statusOf('Add a test')).toBe('done')
    expect(statusOf('Triage old issues')).toBe('claimed')
    // Tasks the snapshot does not know keep the status their issue gave them.
    expect([statusOf('One'), statusOf('Two'), statusOf('Three')]).toEqual(['open', 'open', 'claimed'])
    expect(tasks.find((task) => task.title === 'Rewrite the parser')?.github).toMatchObject({ key: 'example/beta#2', shared: false, taskStatus: 'claimed', checkedAt: READ })
    expect(github.get('example/alpha#3')?.taskStatus).toBe('done')

    expect(countOpenTasks(tasks)).toEqual({ easy: 3, medium: 0, hard: 0 })
    const project = { id: 'alpha', name: 'Alpha', repo: 'https://github.com/example/alpha', description: 'x' }
    expect(summarizeProject(project, tasks, [], []).openTasks.map((task) => task.title).toSorted()).toEqual(['Fix a typo', 'One', 'Three', 'Two'])
  })

  it('takes from a tracking issue several tasks share only that it is closed', () => {
    const open = { ...fixtureSnapshot(), entries: { 'example/alpha#50': issue('https://github.com/example/alpha/issues/50', { assignees: ['maintainer'] }) } }
    const board = collectLiveBoard(issues(), open).tasks.filter((task) => ['One', 'Two', 'Three'].includes(task.title))
    expect(board.map((task) => [task.title, task.status, task.github?.shared])).toEqual([
      ['One', 'open', true],
      ['Three', 'claimed', true],
      ['Two', 'open', true],
    ])
    const closed = { ...open, entries: { 'example/alpha#50': issue('https://github.com/example/alpha/issues/50', { state: 'closed' }) } }
    expect(collectLiveBoard(issues(), closed).tasks.filter((task) => task.github).map((task) => task.status)).toEqual(['done', 'done', 'done'])
  })

  it('keeps the last known state of a stale entry, and the content status when GitHub never answered', () => {
    const snapshot: GitHubSnapshot = {
      version: 1,
      entries: {
        'example/alpha#3': { ...issue('https://github.com/example/alpha/issues/3', { state: 'closed' }), stale: { reason: 'not-found', status: 404 } },
        'example/beta#2': { checkedAt: READ, stale: { reason: 'gone', status: 410 } },
      },
    }
    const { tasks } = collectLiveBoard(issues(), snapshot)
    expect(tasks.find((task) => task.title === 'Add a test')).toMatchObject({ status: 'done', github: { stale: { reason: 'not-found' } } })
    expect(tasks.find((task) => task.title === 'Rewrite the parser')).toMatchObject({ status: 'open', github: { stale: { reason: 'gone' } } })
  })
})
