import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { makeContentDir, readFixture } from '@/lib/content/__tests__/helpers'

import { copyProject, run } from './project-copy'

describe('next build on invalid content', { timeout: 300_000 }, () => {
  const project = copyProject()
  const markers = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-markers-'))
  /** A fixture whose code would write a file named after it into `markers`, were it ever run. */
  const writesFile = (fixture: string, date: string) =>
    readFixture(fixture).replace('__MARKER__', path.join(markers, fixture)).replace('2024-01-05', date)
  const content = makeContentDir({
    '2024-02-01.mdx': readFixture('missing-title.mdx').replace('2024-01-05', '2024-02-01'),
    '2024-02-02.mdx': readFixture('bad-date.mdx').replace('2024-02-30', '2024-02-31'),
    '2024-02-03.mdx': readFixture('unknown-difficulty.mdx').replace('2024-01-05', '2024-02-03'),
    '2024-02-04.mdx': readFixture('unknown-project.mdx').replace('2024-01-05', '2024-02-04'),
    '2024-02-05.mdx': readFixture('js-expression.mdx').replace('2024-01-05', '2024-02-05'),
    '2024-02-06.mdx': writesFile('writes-file-front-matter.mdx', '2024-02-06'),
    '2024-02-07.mdx': writesFile('writes-file-expression.mdx', '2024-02-07'),
    '2024-02-08.mdx': writesFile('writes-file-export.mdx', '2024-02-08'),
  })
  fs.renameSync(path.join(content, 'weekly', '2024-02-02.mdx'), path.join(content, 'weekly', '2024-02-28.mdx'))
  afterAll(() => {
    for (const dir of [project, content, markers]) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('fails, naming every file, line and problem, and runs nothing from the content', () => {
    const { status, output } = run('npx', ['next', 'build'], project, { CONTENT_DIR: content })
    expect(status).not.toBe(0)
    const weekly = path.join(content, 'weekly')
    for (const line of [
      `${weekly}/2024-02-01.mdx:2:1 missing required field "title"`,
      `${weekly}/2024-02-28.mdx:3:1 field "date" is "2024-02-31"; expected a date that exists, written YYYY-MM-DD`,
      `${weekly}/2024-02-03.mdx:7:25 <Task> prop "difficulty" is "extreme"; expected "easy", "medium" or "hard"`,
      `${weekly}/2024-02-04.mdx:7:9 <Task> prop "project" is "gamma", which is not in content/projects.yaml`,
      `${weekly}/2024-02-05.mdx:6:18 JavaScript expression {2 + 2} is not allowed`,
      `${weekly}/2024-02-06.mdx:1:4 front matter must be YAML: the first line must be exactly "---", found "---js"`,
      `${weekly}/2024-02-07.mdx:6:1 JavaScript expression {process.getBuiltinModule('fs').writeF...} is not allowed`,
      `${weekly}/2024-02-08.mdx:6:1 export is not allowed in content`,
    ]) {
      expect(output).toContain(line)
    }
    // The problems, not the loader's stack: no frame of our code is printed.
    expect(output.split('\n').filter((line) => /^\s+at .*(lib\/content|\.next\/server)/.test(line))).toEqual([])
    expect(fs.readdirSync(markers)).toEqual([])
  })
})

describe('next build with a draft issue', { timeout: 300_000 }, () => {
  const project = copyProject()
  const content = makeContentDir({
    '2024-01-19.mdx': '---\ntitle: Draft in progress\ndate: 2024-01-19\ndraft: true\n---\n\nNot ready.\n',
  })
  afterAll(() => {
    for (const dir of [project, content]) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('publishes no page for it and leaves it out of every list', () => {
    const { status, output } = run('npx', ['next', 'build'], project, { CONTENT_DIR: content })
    // The build's output, which says why, when it fails.
    expect(status === 0 ? 'built' : output).toBe('built')
    const app = path.join(project, '.next', 'server', 'app')
    expect(fs.existsSync(path.join(app, 'weekly', '2024-01-12.html'))).toBe(true)
    expect(fs.existsSync(path.join(app, 'weekly', '2024-01-19.html'))).toBe(false)
    expect(output).not.toContain('/weekly/2024-01-19')
    for (const page of ['index.html', 'weekly.html', path.join('weekly', '2024-01-12.html')]) {
      const html = fs.readFileSync(path.join(app, page), 'utf8')
      expect(html).not.toContain('Draft in progress')
      expect(html).not.toContain('2024-01-19')
    }
  })
})
