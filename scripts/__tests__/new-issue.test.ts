import fs from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { componentSpecs } from '@/lib/blocks/specs'
import { makeContentDir } from '@/lib/content/__tests__/helpers'
import { readContent } from '@/lib/content/load'
import { run } from '@/tests/project-copy'

import { comingFriday, createIssue } from '../new-issue'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('comingFriday', () => {
  it.each([
    ['2024-01-15', '2024-01-19'], // Monday
    ['2024-01-18', '2024-01-19'], // Thursday
    ['2024-01-19', '2024-01-19'], // Friday: that day's issue
    ['2024-01-20', '2024-01-26'], // Saturday
    ['2024-12-28', '2025-01-03'], // across the year
  ])('%s → %s', (today, friday) => {
    const [y, m, d] = today.split('-').map(Number) as [number, number, number]
    expect(comingFriday(new Date(y, m - 1, d, 23, 30))).toBe(friday)
  })
})

describe('npm run new', () => {
  let dir = ''
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('creates a draft issue with every component that validates without a warning', () => {
    dir = makeContentDir()
    const result = createIssue(['2024-01-19'], dir)
    expect(result).toMatchObject({ exitCode: 0, message: expect.stringContaining('weekly/2024-01-19.mdx, a draft') })

    const content = readContent(dir)
    const issue = content.issues.find((i) => i.slug === '2024-01-19')
    const text = fs.readFileSync(path.join(dir, 'weekly', '2024-01-19.mdx'), 'utf8')
    expect(issue).toMatchObject({ draft: true, date: '2024-01-19', title: "Fixture Weekly | TODO: this week's highlights" })
    expect(issue?.contributors).toHaveLength(1)
    expect(issue?.qa).toHaveLength(1)
    expect(issue?.tasks).toMatchObject([{ project: 'alpha', difficulty: 'easy', href: 'https://github.com/example/alpha/issues/1' }])
    expect(issue?.reading).toHaveLength(1)
    expect(issue?.releases).toMatchObject([{ project: 'alpha', version: 'v0.0.0', href: 'https://github.com/example/alpha/releases' }])
    expect(issue?.events).toMatchObject([{ title: 'TODO event title', start: '2024-01-19T19:00:00+08:00', end: '2024-01-19T20:00:00+08:00' }])
    expect(content.warnings.filter((p) => p.file.endsWith('2024-01-19.mdx'))).toEqual([])
    // Every component of the vocabulary, so a new block cannot be left out of the template.
    for (const name of Object.keys(componentSpecs)) {
      expect(text).toContain(`<${name}`)
    }
    expect(text.match(/\{\/\*/g)?.length).toBeGreaterThanOrEqual(7)
  })

  it('defaults to the coming Friday', () => {
    dir = makeContentDir()
    expect(createIssue([], dir, new Date(2024, 0, 16)).exitCode).toBe(0)
    expect(fs.existsSync(path.join(dir, 'weekly', '2024-01-19.mdx'))).toBe(true)
  })

  it('refuses to overwrite an existing issue', () => {
    dir = makeContentDir()
    const existing = path.join(dir, 'weekly', '2024-01-12.mdx')
    const before = fs.readFileSync(existing, 'utf8')
    expect(createIssue(['2024-01-12'], dir)).toEqual({
      exitCode: 1,
      message: `${existing} already exists and was left as it is; edit it, or give another date: npm run new -- YYYY-MM-DD`,
    })
    expect(fs.readFileSync(existing, 'utf8')).toBe(before)
  })

  it('refuses a date that is not YYYY-MM-DD', () => {
    dir = makeContentDir()
    expect(createIssue(['2024-02-30'], dir, new Date(2024, 0, 16))).toEqual({
      exitCode: 1,
      message: 'expected one date written YYYY-MM-DD, such as: npm run new -- 2024-01-19',
    })
  })

  it('then npm run validate passes; running new again for the same date refuses', { timeout: 60_000 }, () => {
    dir = makeContentDir()
    const env = { CONTENT_DIR: dir }
    expect(run('npm', ['run', '--silent', 'new', '--', '2024-01-19'], ROOT, env).status).toBe(0)
    expect(run('npm', ['run', '--silent', 'validate'], ROOT, env).status).toBe(0)
    const again = run('npm', ['run', '--silent', 'new', '--', '2024-01-19'], ROOT, env)
    expect(again.status).toBe(1)
    expect(again.output).toContain('2024-01-19.mdx already exists and was left as it is')
  })
})
