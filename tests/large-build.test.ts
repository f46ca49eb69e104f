import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { readContent } from '@/lib/content/load'
import { generateIssues } from '@/scripts/generate-issues'
import { formatPageWeight, isOverBudget, measurePages } from '@/scripts/page-budget'

import { copyProject, run } from './project-copy'

describe('a build of 200 generated issues', { timeout: 600_000 }, () => {
  const content = generateIssues(fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-200-')), 200)
  const project = copyProject()
  afterAll(() => {
    fs.rmSync(project, { recursive: true, force: true })
    fs.rmSync(content.dir, { recursive: true, force: true })
  })

  it('is valid content', () => {
    expect(readContent(content.dir).issues).toHaveLength(200)
  })

  it('builds, and the pages of the board of every status list every distinct task exactly once', () => {
    const started = Date.now()
    const { status, output } = run('npx', ['next', 'build'], project, { CONTENT_DIR: content.dir })
    expect({ status, tail: status === 0 ? '' : output.slice(-3000) }).toEqual({ status: 0, tail: '' })
    console.log(`next build of 200 issues: ${((Date.now() - started) / 1000).toFixed(1)} s`)

    const app = path.join(project, '.next/server/app')
    const boardPages = ['tasks/status/all.html', ...fs.readdirSync(path.join(app, 'tasks/status/all/page')).map((file) => `tasks/status/all/page/${file}`)]
      .filter((file) => file.endsWith('.html'))
      .map((file) => fs.readFileSync(path.join(app, file), 'utf8'))
    expect(boardPages.length).toBeGreaterThan(1)
    const html = boardPages.join('\n')
    expect(html.match(/data-task=""/g)).toHaveLength(content.taskTitles.length)
    const counts = content.taskTitles.map((title) => ({ title, count: html.split(`>${title}</a>`).length - 1 }))
    expect(counts.filter(({ count }) => count !== 1)).toEqual([])
    expect(fs.existsSync(path.join(app, 'weekly/2019-01-04.html'))).toBe(true)
  })

  it('keeps every page within 60 KB of gzipped HTML and 1,500 elements', () => {
    const pages = measurePages(path.join(project, '.next/server/app'))
    console.log(`${pages.length} pages; heaviest: ${pages[0] ? formatPageWeight(pages[0]) : 'none'}`)
    expect(pages.filter(isOverBudget).map(formatPageWeight)).toEqual([])
  })
})
