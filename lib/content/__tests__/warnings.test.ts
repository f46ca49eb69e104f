import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkContent, readContent } from '../load'
import { makeContentDir, readFixture, untestedFixtures } from './helpers'

const filler = (date: string): string => `---\ntitle: Filler\ndate: ${date}\n---\n\nBody.\n`

function readWarningFixture(name: string): string {
  return readFixture(name, 'warnings')
}

/** Checks the fixture folder with `fixture` added as `name`; returns `LINE:COL message` per problem in that file. */
function problemsFor(fixture: string, name = '2024-01-05.mdx'): string[] {
  const dir = makeContentDir({ [name]: readWarningFixture(fixture) })
  try {
    const { content, problems } = checkContent(dir)
    expect(content, 'warnings never fail the check').toBeDefined()
    const file = path.join(dir, 'weekly', name)
    return problems.filter((p) => p.file === file).map((p) => `${p.line}:${p.column} ${p.severity}: ${p.message}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('warnings name the line and do not fail the check', () => {
  it.each([
    [
      'task-not-github-issue.mdx',
      '7:65 warning: <Task> href "https://github.com/example/alpha/issues" is not a GitHub issue or comment; expected https://github.com/OWNER/REPO/issues/NUMBER, where newcomers can claim the task',
    ],
    [
      'task-without-difficulty.mdx',
      '7:3 warning: <Task> has no difficulty; add difficulty="easy", "medium" or "hard" (only tasks imported from an archive that never stated one may leave it out)',
    ],
    [
      'tracking-parameters.mdx',
      '6:6 warning: link "https://example.org/news?id=7&utm_source=weekly&utm_medium=email" has tracking parameters utm_source, utm_medium; remove them',
    ],
  ])('%s', (fixture, expected) => {
    expect(problemsFor(fixture)).toEqual([expected])
  })

  it('repeated-reading.mdx: a reading link listed in one of the previous four issues', () => {
    // The fixture folder's 2024-01-05 issue recommends https://example.org/read; a trailing slash and www. do not
    // make it another article.
    expect(problemsFor('repeated-reading.mdx', '2024-01-19.mdx')).toEqual([
      '7:3 warning: <Reading> link "https://www.example.org/read/" is already listed in 2024-01-05.mdx, one of the previous 4 issues; recommend something readers have not seen',
    ])
  })

  it('compares a reading link with the previous four issues only', () => {
    const reading = readWarningFixture('repeated-reading.mdx')
    const dir = makeContentDir({
      '2024-01-19.mdx': filler('2024-01-19'),
      '2024-01-26.mdx': filler('2024-01-26'),
      '2024-02-02.mdx': filler('2024-02-02'),
      // 2024-01-05 is now five issues back.
      '2024-02-09.mdx': reading.replace('2024-01-19', '2024-02-09'),
    })
    expect(readContent(dir).warnings.filter((p) => p.message.startsWith('<Reading>'))).toEqual([])
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('reports tracking parameters in component props and front matter too', () => {
    const dir = makeContentDir({
      '2024-01-05.mdx':
        '---\ntitle: T\ndate: 2024-01-05\ncover: https://example.org/c.png?utm_campaign=x\n---\n\n<ReadingList>\n  <Reading title="R" href="https://example.org/a?utm_source=w" />\n</ReadingList>\n',
    })
    const warnings = readContent(dir).warnings.filter((p) => p.file.endsWith('2024-01-05.mdx'))
    expect(warnings.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '4:1 cover "https://example.org/c.png?utm_campaign=x" has tracking parameters utm_campaign; remove them',
      '8:22 <Reading> href "https://example.org/a?utm_source=w" has tracking parameters utm_source; remove them',
    ])
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('has a test for every warning fixture', () => {
    expect(untestedFixtures(import.meta.filename, 'warnings')).toEqual([])
  })
})

describe('checkContent', () => {
  it('returns warnings alongside errors, so a maintainer sees everything at once', () => {
    const dir = makeContentDir({
      '2024-01-05.mdx': readWarningFixture('task-without-difficulty.mdx').replace('title: Task without difficulty\n', ''),
    })
    const { content, problems } = checkContent(dir)
    expect(content).toBeUndefined()
    expect(problems.map((p) => `${path.basename(p.file)}:${p.line} ${p.severity}`)).toEqual([
      '2024-01-05.mdx:2 error',
      '2024-01-05.mdx:6 warning',
      '2024-01-12.mdx:10 warning',
    ])
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
