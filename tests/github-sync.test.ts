import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeContentDir } from '@/lib/content/__tests__/helpers'
import { startFakeGitHub, type FakeGitHub } from '@/lib/github/__tests__/fake-github'
import { serveEverything, THIRD_ISSUE } from '@/lib/github/__tests__/scenario'

import { copyProject, run, type CommandResult } from './project-copy'

const ROOT = path.resolve(import.meta.dirname, '..')

/** Like `run`, without blocking this process: the fake GitHub answering the command lives here. */
function runAsync(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (status) => resolve({ status, output }))
  })
}

/** A fragment of built HTML as the text it shows. */
function text(fragment: string): string {
  return fragment.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim()
}

/** The board's tasks as the built page lists them: title, the status its filters use, and the GitHub line. */
function boardTasks(html: string): { title: string; status: string; github: string }[] {
  return [...html.matchAll(/<li id="task-[^"]*" data-task=""[^>]*data-status="(\w+)"[^>]*>([\s\S]*?)<\/li>/g)].map(([, status = '', inner = '']) => ({
    title: text(/<a [^>]*>([\s\S]*?)<\/a>/.exec(inner)?.[1] ?? ''),
    status,
    github: text(/<p data-github-state=""[^>]*>([\s\S]*?)<\/p>/.exec(inner)?.[1] ?? ''),
  }))
}

describe('a snapshot round trip: sync against a GitHub API, validate, build', { timeout: 300_000 }, () => {
  let github: FakeGitHub
  /** Two tasks that point at one tracking issue, closed since. */
  const tracked = `---
title: Fixture Weekly 4
date: 2024-01-26
---

<TaskBoard>
  <Task project="beta" difficulty="hard" title="Shared one" href="https://github.com/example/beta/issues/30#issuecomment-1" />
  <Task project="beta" difficulty="hard" title="Shared two" href="https://github.com/example/beta/issues/30#issuecomment-2" />
</TaskBoard>
`
  const content = makeContentDir({ '2024-01-19.mdx': THIRD_ISSUE, '2024-01-26.mdx': tracked })
  const project = copyProject()
  let sync: CommandResult
  const today = new Date().toISOString().slice(0, 10)

  beforeAll(async () => {
    github = await startFakeGitHub({ msPerSecond: 1 })
    serveEverything(github)
    github.serve({ owner: 'example', repo: 'beta', number: 30, state: 'closed', assignees: ['maintainer'] })
    sync = await runAsync('npx', ['tsx', 'scripts/sync-github.ts', '--quiet'], ROOT, {
      CONTENT_DIR: content,
      GITHUB_API_URL: github.url,
      GITHUB_TOKEN: '',
      SYNC_MS_PER_SECOND: '1',
    })
  })

  afterAll(async () => {
    await github?.close()
    for (const dir of [project, content]) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('npm run sync:github reads the links over HTTP and writes content/github.json', () => {
    expect(sync.status, sync.output).toBe(0)
    expect(sync.output).toContain(`${content}/github.json: 12 linked issues and pull requests (11 from tasks, 1 from Q&A only)`)
    expect(sync.output).toContain('read 11: 6 open (2 assigned), 4 closed, 1 merged')
    expect(sync.output).toContain('example/beta#16: gone (410): the issue was deleted')
    expect(JSON.parse(fs.readFileSync(path.join(content, 'github.json'), 'utf8')).entries['example/alpha#11'].issue.assignees).toEqual(['bob', 'carol'])
  })

  it('npm run validate warns at every task whose issue file disagrees with GitHub', () => {
    const { status, output } = run('npx', ['tsx', 'scripts/validate.ts'], ROOT, { CONTENT_DIR: content })
    expect(status, output).toBe(0)
    const weekly = path.join(content, 'weekly')
    for (const line of [
      `${weekly}/2024-01-12.mdx:10:3 warning: <Task> "Triage old issues" has status "open", but GitHub says example/beta#7 is closed (read ${today}); the board shows it as "done"`,
      `${weekly}/2024-01-12.mdx:9:3 warning: <Task> "Fix a typo" has status "done", but GitHub says example/alpha#1 is open and unassigned (read ${today}); the board shows it as "open"`,
      `${weekly}/2024-01-19.mdx:17:3 warning: <Task> "Claimed by someone" has status "open", but GitHub says example/alpha#11 is assigned to @bob, @carol (read ${today}); the board shows it as "claimed"`,
      `${weekly}/2024-01-19.mdx:18:3 warning: <Task> "Has an open pull request" has status "open", but GitHub says example/alpha#12 has an open pull request, https://github.com/example/alpha/pull/40 (read ${today}); the board shows it as "claimed"`,
      `${weekly}/2024-01-19.mdx:19:3 warning: <Task> "Closed" has status "open", but GitHub says example/alpha#13 is closed (read ${today}); the board shows it as "done"`,
      `${weekly}/2024-01-19.mdx:20:3 warning: <Task> "A merged pull request" has status "open", but GitHub says example/beta#14 is merged (read ${today}); the board shows it as "done"`,
      `${weekly}/2024-01-26.mdx:7:3 warning: <Task> "Shared one" has status "open", but GitHub says example/beta#30 is closed (read ${today}); the board shows it as "done"`,
      `${weekly}/2024-01-26.mdx:8:3 warning: <Task> "Shared two" has status "open", but GitHub says example/beta#30 is closed (read ${today}); the board shows it as "done"`,
    ]) {
      expect(output).toContain(line)
    }
    // "Add a test" says claimed, and GitHub has it assigned: no warning.
    expect(output).not.toContain('"Add a test"')
  })

  it('builds a board that shows GitHub state, with done tasks out of the default view, the home page and project pages', () => {
    const { status, output } = run('npx', ['next', 'build'], project, { CONTENT_DIR: content })
    expect(status === 0 ? 'built' : output).toBe('built')
    const page = (name: string) => fs.readFileSync(path.join(project, '.next', 'server', 'app', name), 'utf8')

    const checked = `checked ${new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`))}`
    const everyTask = [
      { title: 'Claimed by someone', status: 'claimed', github: `GitHub: claimed by @bob, @carol · ${checked}` },
      { title: 'Has an open pull request', status: 'claimed', github: `GitHub: pull request open · ${checked}` },
      { title: 'Fix a typo', status: 'open', github: `GitHub: open, unassigned · ${checked}` },
      { title: 'Closed', status: 'done', github: `GitHub: closed · done in a pull request · ${checked}` },
      // Never read (410): the issue file's status stands, and the board says why.
      { title: 'Deleted', status: 'open', github: `GitHub: could not be read: deleted · ${checked}` },
      { title: 'Transferred', status: 'open', github: `GitHub: open, unassigned · ${checked}` },
      { title: 'Add a test', status: 'claimed', github: `GitHub: claimed by @alice · ${checked}` },
      // A tracking issue several tasks share: closed, it ends them all; it is named, as the state is the list's.
      { title: 'Shared one', status: 'done', github: `GitHub: tracking issue example/beta#30 closed · ${checked}` },
      { title: 'Shared two', status: 'done', github: `GitHub: tracking issue example/beta#30 closed · ${checked}` },
      { title: 'A merged pull request', status: 'done', github: `GitHub: merged · ${checked}` },
      { title: 'Rewrite the parser', status: 'open', github: `GitHub: open, unassigned · ${checked}` },
      { title: 'Triage old issues', status: 'done', github: `GitHub: closed · ${checked}` },
    ]
    // Every status: the board's "all" page.
    expect(boardTasks(page('tasks/status/all.html'))).toEqual(everyTask)
    // The board as it opens shows what is still to do (open and claimed), in the same order; done tasks have their own page.
    const tasks = page('tasks.html')
    expect(boardTasks(tasks)).toEqual(everyTask.filter((task) => task.status !== 'done'))
    expect(tasks).toContain('>7 tasks</p>')
    expect(boardTasks(page('tasks/status/done.html')).map((task) => task.title)).toEqual(
      everyTask.filter((task) => task.status === 'done').map((task) => task.title),
    )

    // The home page counts tasks open on GitHub: Fix a typo; Transferred and Deleted; Rewrite the parser.
    const home = page('index.html')
    const counts = [...home.matchAll(/<span class="text-2xl[^"]*">(\d+)<\/span><span[^>]*>(Easy|Medium|Hard)<\/span>/g)].map(([, n, d]) => `${d} ${n}`)
    expect(counts).toEqual(['Easy 1', 'Medium 2', 'Hard 1'])

    // Project pages list what is still to do.
    const alpha = boardTasks(page('projects/alpha.html').replace(/id="project-tasks-[^"]*"/g, '')).map((task) => task.title)
    expect(alpha).toEqual(['Claimed by someone', 'Has an open pull request', 'Fix a typo', 'Add a test'])

    // The Q&A knowledge base marks the answered issue resolved.
    expect(page('qa.html')).toMatch(/data-github-state="resolved"[^>]*><span[^>]*>Resolved<\/span><time dateTime="[^"]+"[^>]*>checked /)
    // The issue's own board shows GitHub's status too.
    const issue = page('weekly/2024-01-19.html')
    expect(issue).toMatch(/Claimed by someone<\/a><span[^>]*>.*?<span class="rounded-full[^"]*">Claimed<\/span>/)
    expect(issue).toMatch(/A merged pull request<\/a><span[^>]*>.*?<span class="rounded-full[^"]*">Done<\/span>/)
  })
})
