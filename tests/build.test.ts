import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { makeContentDir, readFixture } from '@/lib/content/__tests__/helpers'

import { copyProject, run } from './project-copy'

describe('next build on invalid content', { timeout: 300_000 }, () => {
  const project = copyProject()
  const content = makeContentDir({
    '2024-02-01.mdx': readFixture('missing-title.mdx').replace('2024-01-05', '2024-02-01'),
    '2024-02-02.mdx': readFixture('bad-date.mdx').replace('2024-02-30', '2024-02-31'),
    '2024-02-03.mdx': readFixture('unknown-difficulty.mdx').replace('2024-01-05', '2024-02-03'),
    '2024-02-04.mdx': readFixture('unknown-project.mdx').replace('2024-01-05', '2024-02-04'),
    '2024-02-05.mdx': readFixture('js-expression.mdx').replace('2024-01-05', '2024-02-05'),
  })
  fs.renameSync(path.join(content, 'weekly', '2024-02-02.mdx'), path.join(content, 'weekly', '2024-02-28.mdx'))
  afterAll(() => {
    fs.rmSync(project, { recursive: true, force: true })
    fs.rmSync(content, { recursive: true, force: true })
  })

  it('fails, naming every file, line and problem', () => {
    const { status, output } = run('npx', ['next', 'build'], project, { CONTENT_DIR: content })
    expect(status).not.toBe(0)
    const weekly = path.join(content, 'weekly')
    for (const line of [
      `${weekly}/2024-02-01.mdx:2:1 missing required field "title"`,
      `${weekly}/2024-02-28.mdx:3:1 field "date" is "2024-02-31"; expected a date that exists, written YYYY-MM-DD`,
      `${weekly}/2024-02-03.mdx:7:25 <Task> prop "difficulty" is "extreme"; expected "easy", "medium" or "hard"`,
      `${weekly}/2024-02-04.mdx:7:9 <Task> prop "project" is "gamma", which is not in content/projects.yaml`,
      `${weekly}/2024-02-05.mdx:6:18 JavaScript expression {2 + 2} is not allowed`,
    ]) {
      expect(output).toContain(line)
    }
  })
})
