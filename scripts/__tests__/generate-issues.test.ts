import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { collectBoardTasks } from '@/lib/content/aggregate'
import { mdxParser } from '@/lib/content/issue'
import { readContent } from '@/lib/content/load'

import { measureCorpusProfile, measureIssueShape, readCorpusProfile, type CorpusProfile, type IssueShape } from '../corpus-profile'
import { ANNOUNCEMENTS_PER_TASK, generateIssues } from '../generate-issues'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

function generate(count: number, seed = 1, profile?: CorpusProfile) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-generated-'))
  dirs.push(dir)
  return generateIssues(dir, count, { seed, profile })
}

function files(dir: string): Record<string, string> {
  const weekly = path.join(dir, 'weekly')
  return Object.fromEntries(fs.readdirSync(weekly).map((name) => [name, fs.readFileSync(path.join(weekly, name), 'utf8')]))
}

const sum = (values: number[]): number => values.reduce((total, n) => total + n, 0)

/** What an archive of shapes amounts to per issue: characters of prose, Q&As, answer characters, code blocks, tasks. */
function perIssue(shapes: readonly IssueShape[]) {
  const answers = shapes.flatMap((shape) => shape.qa.flatMap((qa) => qa.answers))
  return {
    prose: sum(shapes.map((shape) => sum([...shape.prose, ...shape.boilerplate]))) / shapes.length,
    releaseNotes: sum(shapes.map((shape) => shape.releases.flat().length)) / shapes.length,
    qa: sum(shapes.map((shape) => shape.qa.length)) / shapes.length,
    answerChars: sum(answers.map((answer) => answer.length)) / shapes.length,
    codeBlocks: sum(answers.map((answer) => answer.code.length)) / shapes.length,
    tasks: sum(shapes.map((shape) => shape.tasks)) / shapes.length,
  }
}

describe('measureIssueShape', () => {
  it('measures prose, release notes, Q&As with code, tasks, reading and contributors, and repeated paragraphs', () => {
    const body = [
      '开场白，每期都有的一段介绍文字，长度足够被认出是模板而不是正文内容的一部分。',
      '',
      '本周正文 text。',
      '',
      '## 本周发布',
      '',
      '- 修复 bug',
      '- 新增 feature',
      '',
      '<QA asker="a">',
      '  <Question>',
      '    怎么配置？',
      '  </Question>',
      '  <Answer>',
      '    这样：',
      '',
      '    ```',
      '    a=1',
      '    b=2',
      '    ```',
      '  </Answer>',
      '</QA>',
      '',
      '<TaskBoard>',
      '  <Task project="alpha" difficulty="easy" title="t" href="https://example.org/1" />',
      '</TaskBoard>',
      '',
      '<ReadingList>',
      '  <Reading title="r" href="https://example.org/r" />',
      '</ReadingList>',
    ].join('\n')
    const boilerplate = new Set(['开场白，每期都有的一段介绍文字，长度足够被认出是模板而不是正文内容的一部分。'])
    expect(measureIssueShape(mdxParser.parse(body), 'abc 中文', boilerplate)).toEqual({
      prose: [10],
      boilerplate: [38],
      releases: [[6, 10]],
      qa: [{ question: 5, answers: [{ length: 3, code: [2] }] }],
      tasks: 1,
      reading: 1,
      contributors: 0,
      latin: 0.6,
    })
  })

  it('keeps only sizes: the committed profile holds no text of the archive but where it was measured', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : []
    const profile = readCorpusProfile()
    expect(strings(profile)).toEqual([profile.source])
    expect(profile.issues.length).toBeGreaterThan(20)
  })
})

describe('generateIssues', () => {
  it('is deterministic for a seed, and another seed gives other issues', () => {
    const a = files(generate(12, 7).dir)
    expect(files(generate(12, 7).dir)).toEqual(a)
    expect(files(generate(12, 8).dir)).not.toEqual(a)
  })

  it('writes valid issues whose tasks the board lists once each, none announced more than three times', () => {
    const generated = generate(60)
    const { issues } = readContent(generated.dir)
    expect(issues).toHaveLength(60)
    const board = collectBoardTasks(issues)
    expect(board.map((task) => task.title).toSorted()).toEqual(generated.taskTitles.toSorted())
    const announcements = new Map<string, number>()
    for (const task of issues.flatMap((issue) => issue.tasks)) announcements.set(task.title, (announcements.get(task.title) ?? 0) + 1)
    expect(Math.max(...announcements.values())).toBeLessThanOrEqual(ANNOUNCEMENTS_PER_TASK)
    expect([...announcements.values()].some((n) => n > 1)).toBe(true)
  })

  it('draws issues as large and as varied as the archive it was measured on', { timeout: 60_000 }, () => {
    const profile = readCorpusProfile()
    const generated = measureCorpusProfile(generate(300).dir)
    const expected = perIssue(profile.issues)
    const actual = perIssue(generated.issues)
    for (const key of ['prose', 'qa', 'answerChars', 'tasks'] as const) {
      expect(actual[key] / expected[key], key).toBeGreaterThan(0.8)
      expect(actual[key] / expected[key], key).toBeLessThan(1.25)
    }
    expect(actual.releaseNotes).toBeGreaterThan(0)
    expect(actual.codeBlocks).toBeGreaterThan(0)
  })
})
