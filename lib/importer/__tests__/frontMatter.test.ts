import { describe, expect, it } from 'vitest'

import { dayOfHugoDate, readFrontMatter, splitFrontMatter } from '../frontMatter'
import { ImportError, type ImportWarning } from '../warnings'
import { importText } from './helpers'

function read(yaml: string): { frontMatter: ReturnType<typeof readFrontMatter>; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = []
  return { frontMatter: readFrontMatter(yaml, warnings), warnings }
}

describe('dayOfHugoDate', () => {
  it.each([
    ['2022-05-27T15:00:00+08:00', '2022-05-27'],
    // Late evening west of UTC is the next day in UTC; the issue keeps the day it was written for.
    ['2022-05-27T23:30:00-08:00', '2022-05-27'],
    ['2022-05-27T01:00:00Z', '2022-05-27'],
    ['2022-05-27 09:00', '2022-05-27'],
    ['2022-05-27', '2022-05-27'],
    ['2022-02-30T10:00:00+08:00', undefined],
    ['27/05/2022', undefined],
  ])('%s → %s', (value, expected) => {
    expect(dayOfHugoDate(value)).toBe(expected)
  })
})

describe('readFrontMatter', () => {
  it('maps the Hugo fields to ours', () => {
    const { frontMatter, warnings } = read(
      [
        'title: "Example Weekly | 本周  QA"',
        'author: "Example 团队"',
        'authorlink: "https://github.com/example"',
        'description: "一句话\n  介绍"',
        'categories: "Example Weekly"',
        'tags: ["Example Weekly", "Alpha"]',
        'date: 2021-05-28T15:00:00+08:00',
        'cover: "https://img.example.org/cover.png"',
      ].join('\n'),
    )
    expect(frontMatter).toEqual({
      title: 'Example Weekly | 本周 QA',
      date: '2021-05-28',
      summary: '一句话 介绍',
      cover: 'https://img.example.org/cover.png',
      tags: ['Example Weekly', 'Alpha'],
      authors: ['example'],
    })
    expect(warnings).toEqual([])
  })

  it('falls back to the author name, and keeps drafts drafts', () => {
    expect(read('title: T\ndate: 2021-01-01\nauthor: 小明\ndraft: true').frontMatter).toMatchObject({ authors: ['小明'], draft: true })
  })

  it('reads a quoted value continued on an unindented line, as Hugo does', () => {
    const { frontMatter, warnings } = read('title: T\ndescription: "一句话\n"\ndate: 2021-01-01')
    expect(frontMatter.summary).toBe('一句话')
    expect(warnings).toEqual([{ line: 3, message: 'front matter has a quoted value continued on an unindented line; read as Hugo does' }])
  })

  it('drops an unsafe cover and fields we have no place for, with warnings', () => {
    const { frontMatter, warnings } = read('title: T\ndate: 2021-01-01\ncover: "javascript:alert(1)"\nweight: 3')
    expect(frontMatter.cover).toBeUndefined()
    expect(warnings).toEqual([
      { line: 4, message: 'cover "javascript:alert(1)" is not an https URL; dropped' },
      { line: 5, message: 'front matter field "weight" has no equivalent in our format; dropped' },
    ])
  })

  it.each([
    ['date: 2021-01-01', 'front matter has no title'],
    ['title: T', 'front matter has no date'],
    ['title: T\ndate: yesterday', 'front matter date "yesterday" is not a date'],
    ['title: [unclosed', 'front matter is not valid YAML'],
  ])('refuses %j', (yaml, message) => {
    expect(() => read(yaml)).toThrow(message)
  })
})

describe('splitFrontMatter', () => {
  it('splits YAML front matter from the body and counts the lines before it', () => {
    expect(splitFrontMatter('---\ntitle: T\n---\nbody\n')).toEqual({ yaml: 'title: T', body: 'body\n', bodyLineOffset: 3 })
  })

  it.each([
    ['+++\ntitle = "T"\n+++\n', 'TOML front matter (+++) is not supported'],
    ['---js\n{ title: "T" }\n---\n', 'front matter must be YAML'],
    ['# No front matter\n', 'missing front matter'],
    ['---\ntitle: T\n', 'front matter is not closed'],
  ])('refuses %j without evaluating it', (source, message) => {
    expect(() => splitFrontMatter(source)).toThrow(ImportError)
    expect(() => splitFrontMatter(source)).toThrow(message)
  })

  it('warns when the file name and the front matter disagree on the date; the front matter wins', () => {
    const { issue, warnings } = importText('---\ntitle: T\ndate: 2021-05-28T15:00:00+08:00\n---\n\nText.\n', 'weekly-20200528.md')
    expect(issue.date).toBe('2021-05-28')
    expect(warnings).toEqual(['line 3: the file name says 2020-05-28 but the front matter date is 2021-05-28; the issue is dated 2021-05-28'])
  })
})
