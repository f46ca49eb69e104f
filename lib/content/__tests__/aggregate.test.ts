import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  collectBoardTasks,
  collectContributors,
  collectQAs,
  collectTags,
  countOpenTasks,
  summarizeProject,
} from '../aggregate'
import { emptyIssueBlocks, type TaskEntry } from '../blocks'
import { tagSlug } from '../slug'
import type { Issue } from '../issue'
import { readContent } from '../load'
import { VALID_CONTENT } from './helpers'

/** A minimal issue for aggregation tests: only what the indexes read. */
function issue(slug: string, parts: Partial<Issue> = {}): Issue {
  return {
    slug,
    date: slug.slice(0, 10),
    title: `Issue ${slug}`,
    file: `content/weekly/${slug}.mdx`,
    fileName: `${slug}.mdx`,
    tree: { type: 'root', children: [] },
    text: '',
    readingMinutes: 1,
    tags: [],
    authors: [],
    draft: false,
    ...emptyIssueBlocks(),
    ...parts,
  }
}

function task(id: string, title: string, parts: Partial<TaskEntry> = {}): TaskEntry {
  return { id, project: 'alpha', difficulty: 'easy', title, href: `https://github.com/example/alpha/issues/${id}`, status: 'open', at: { line: 1, column: 1 }, ...parts }
}

describe('collectBoardTasks', () => {
  it('lists a task announced in several issues once, with its first and last announcement', () => {
    const tasks = collectBoardTasks([
      issue('2024-03-01', { tasks: [task('task-1', 'Fix a typo', { status: 'claimed' })] }),
      issue('2024-02-01', { tasks: [task('task-4', 'Fix a typo')] }),
      issue('2024-02-15', { tasks: [task('task-2', 'Fix a typo')] }),
    ])
    expect(tasks).toHaveLength(1)
    expect(tasks[0]).toMatchObject({
      title: 'Fix a typo',
      status: 'claimed',
      firstAnnounced: { slug: '2024-02-01', date: '2024-02-01' },
      lastAnnounced: { slug: '2024-03-01' },
    })
    expect(tasks[0]?.announcements.map((a) => `${a.slug}#${a.anchor}`)).toEqual([
      '2024-02-01#task-4',
      '2024-02-15#task-2',
      '2024-03-01#task-1',
    ])
  })

  it('matches a renamed task by its link, and a moved task by project and title', () => {
    const tasks = collectBoardTasks([
      issue('2024-01-01', { tasks: [task('task-1', 'Add tests', { href: 'https://github.com/example/alpha/issues/9' })] }),
      issue('2024-01-08', { tasks: [task('task-1', 'Add unit tests for the CLI', { href: 'https://www.github.com/example/alpha/issues/9/?utm_source=x' })] }),
      issue('2024-01-15', { tasks: [task('task-1', 'add unit tests  for the CLI！', { href: 'https://github.com/example/alpha/issues/10' })] }),
    ])
    expect(tasks).toHaveLength(1)
    expect(tasks[0]).toMatchObject({ title: 'add unit tests  for the CLI！', href: 'https://github.com/example/alpha/issues/10' })
  })

  it('keeps tasks apart that only share a tracking link within one issue', () => {
    const shared = 'https://github.com/mosn/layotto/issues/108#issuecomment-872779356'
    const tasks = collectBoardTasks([
      issue('2024-01-01', { tasks: [task('task-1', 'A', { href: shared }), task('task-2', 'B', { href: shared })] }),
      issue('2024-01-08', { tasks: [task('task-1', 'A', { href: shared }), task('task-2', 'C', { href: shared })] }),
    ])
    expect(tasks.map((t) => [t.title, t.announcements.length])).toEqual([
      ['A', 2],
      ['C', 1],
      ['B', 1],
    ])
  })

  it('keeps the same title in different projects apart', () => {
    const tasks = collectBoardTasks([
      issue('2024-01-01', { tasks: [task('task-1', 'Improve docs'), task('task-2', 'Improve docs', { project: 'beta', href: 'https://github.com/example/beta/issues/1' })] }),
    ])
    expect(tasks.map((t) => t.project)).toEqual(['alpha', 'beta'])
  })

  it('sorts Easy, Medium, Hard, unrated, then newest first, and keeps the latest stated difficulty', () => {
    const tasks = collectBoardTasks([
      issue('2024-01-01', {
        tasks: [
          task('task-1', 'Old easy'),
          task('task-2', 'Hard one', { difficulty: 'hard' }),
          task('task-3', 'Unrated', { difficulty: undefined }),
          task('task-4', 'Was medium', { difficulty: 'medium' }),
        ],
      }),
      issue('2024-02-01', { tasks: [task('task-9', 'New easy'), task('task-2', 'Was medium', { difficulty: undefined, href: 'https://github.com/example/alpha/issues/task-4' })] }),
    ])
    expect(tasks.map((t) => [t.title, t.difficulty])).toEqual([
      ['New easy', 'easy'],
      ['Old easy', 'easy'],
      ['Was medium', 'medium'],
      ['Hard one', 'hard'],
      ['Unrated', undefined],
    ])
  })

  it('gives each task an anchor that does not change when later issues repeat it', () => {
    const first = collectBoardTasks([issue('2024-01-01', { tasks: [task('task-1', 'Fix a typo')] })])
    const later = collectBoardTasks([
      issue('2024-01-01', { tasks: [task('task-1', 'Fix a typo')] }),
      issue('2024-01-08', { tasks: [task('task-3', 'Fix a typo', { status: 'done' })] }),
    ])
    expect(later[0]?.id).toBe(first[0]?.id)
    expect(first[0]?.id).toMatch(/^task-[0-9a-f]{10}$/)
  })

  it('counts open tasks by difficulty, leaving out claimed, done and unrated ones', () => {
    const tasks = collectBoardTasks([
      issue('2024-01-01', {
        tasks: [
          task('task-1', 'a'),
          task('task-2', 'b'),
          task('task-3', 'c', { difficulty: 'hard' }),
          task('task-4', 'd', { status: 'claimed' }),
          task('task-5', 'e', { status: 'done', difficulty: 'medium' }),
          task('task-6', 'f', { difficulty: undefined }),
        ],
      }),
    ])
    expect(countOpenTasks(tasks)).toEqual({ easy: 2, medium: 0, hard: 1 })
  })
})

describe('indexes of the fixture content', () => {
  const { issues, projects } = readContent(VALID_CONTENT)
  const tasks = collectBoardTasks(issues)
  const qa = collectQAs(issues)

  it('merges the task repeated across issues and marks it done from its latest announcement', () => {
    expect(tasks.map((t) => [t.title, t.status, t.firstAnnounced.slug, t.lastAnnounced.slug])).toEqual([
      ['Fix a typo', 'done', '2024-01-05', '2024-01-12'],
      ['Add a test', 'claimed', '2024-01-05', '2024-01-05'],
      ['Rewrite the parser', 'open', '2024-01-05', '2024-01-05'],
      ['Triage old issues', 'open', '2024-01-12', '2024-01-12'],
    ])
  })

  it('gives every Q&A a site-wide anchor and its issue', () => {
    expect(qa.map((item) => [item.anchor, item.asker, item.issue.slug])).toEqual([['2024-01-05-qa-1', 'reader', '2024-01-05']])
  })

  it('summarizes a project: tasks still to do, Q&As and the issues that mention it', () => {
    const alpha = summarizeProject(projects[0]!, tasks, qa, issues)
    expect(alpha.openTasks.map((t) => t.title)).toEqual(['Add a test'])
    expect(alpha.tasks).toHaveLength(2)
    expect(alpha.qa).toHaveLength(1)
    expect(alpha.issues.map((i) => i.slug)).toEqual(['2024-01-12', '2024-01-05'])
    const beta = summarizeProject(projects[1]!, tasks, qa, issues)
    expect(beta.openTasks.map((t) => t.title)).toEqual(['Rewrite the parser', 'Triage old issues'])
    expect(beta.qa).toEqual([])
  })

  it('lists contributors with how often and where they were featured', () => {
    expect(collectContributors(issues)).toEqual([
      {
        login: 'octocat',
        name: 'Octo Cat',
        project: 'alpha',
        contribution: 'Fixed the build',
        issues: [{ slug: '2024-01-05', title: 'Fixture Weekly 1', date: '2024-01-05', contribution: 'Fixed the build', project: 'alpha' }],
      },
    ])
  })
})

describe('collectContributors', () => {
  it('counts a person once per issue, most featured first, whatever the case of the login', () => {
    const people = collectContributors([
      issue('2024-01-01', { contributors: [{ people: [{ login: 'Ann' }, { login: 'bob' }] }] }),
      issue('2024-01-08', { contributors: [{ people: [{ login: 'ann', name: 'Ann A.' }] }, { people: [{ login: 'ann' }] }] }),
    ])
    expect(people.map((p) => [p.login, p.name, p.issues.map((i) => i.slug)])).toEqual([
      ['ann', 'Ann A.', ['2024-01-08', '2024-01-01']],
      ['bob', undefined, ['2024-01-01']],
    ])
  })
})

describe('tags', () => {
  it('makes URL slugs that keep Chinese and merge case and spacing', () => {
    expect(tagSlug('SOFA Weekly')).toBe('sofa-weekly')
    expect(tagSlug('示例')).toBe('示例')
    expect(tagSlug(' Service  Mesh/网关 ')).toBe('service-mesh-网关')
    const tags = collectTags([
      issue('2024-01-01', { tags: ['SOFA Weekly', '示例'] }),
      issue('2024-01-08', { tags: ['sofa weekly'] }),
    ])
    expect(tags.map((t) => [t.tag, t.slug, t.issues.map((i) => i.slug)])).toEqual([
      ['sofa weekly', 'sofa-weekly', ['2024-01-08', '2024-01-01']],
      ['示例', '示例', ['2024-01-01']],
    ])
  })
})

describe('the sample content', () => {
  const { issues } = readContent(path.resolve('content'))
  const tasks = collectBoardTasks(issues)

  it('shows each of the seed issue tasks once, the repeated one with both announcements', () => {
    const actuator = tasks.filter((t) => t.title === '为 actuator 模块添加单元测试')
    expect(actuator).toHaveLength(1)
    expect(actuator[0]?.announcements.map((a) => a.slug)).toEqual(['2022-05-20', '2022-05-27'])
    // Seven Layotto tasks share one tracking link in the seed issue and stay seven tasks.
    expect(tasks.filter((t) => t.project === 'layotto')).toHaveLength(7)
    expect(tasks.filter((t) => t.status === 'done').map((t) => t.title)).toEqual(['修复 SOFAJRaft 示例工程的编译告警（示例任务）'])
  })
})
