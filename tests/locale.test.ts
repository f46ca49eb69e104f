import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { makeContentDir } from '@/lib/content/__tests__/helpers'
import { getDictionary } from '@/lib/i18n'

import { copyProject, run } from './project-copy'

/**
 * The fixture content's site.yaml sets `locale: en`. Built with it, every page's interface is English: the test
 * looks for the English strings and for any string of the Chinese dictionary.
 */
describe('a site whose locale is en', { timeout: 300_000 }, () => {
  const project = copyProject()
  const content = makeContentDir()
  afterAll(() => {
    fs.rmSync(project, { recursive: true, force: true })
    fs.rmSync(content, { recursive: true, force: true })
  })

  it('renders every interface string in English', () => {
    const { status, output } = run('npx', ['next', 'build'], project, { CONTENT_DIR: content })
    expect({ status, tail: status === 0 ? '' : output.slice(-3000) }).toEqual({ status: 0, tail: '' })

    const page = (name: string) => fs.readFileSync(path.join(project, '.next/server/app', `${name}.html`), 'utf8')
    const en = getDictionary('en')
    const zh = getDictionary('zh-CN')
    const pages = ['index', 'weekly', 'weekly/2024-01-05', 'tasks', 'qa', 'projects', 'projects/alpha', 'contributors', 'search', '_not-found']

    const html = Object.fromEntries(pages.map((name) => [name, page(name)]))
    expect(html.index).toContain('<html lang="en"')
    expect(html.index).toContain(en.latestIssue)
    expect(html.index).toContain(en.openTasksByDifficulty)
    expect(html.weekly).toContain(en.archive)
    expect(html['weekly/2024-01-05']).toContain('January 5, 2024')
    expect(html['weekly/2024-01-05']).toContain(en.editOnGitHub)
    expect(html['weekly/2024-01-05']).toContain('>asked<')
    expect(html.tasks).toContain(en.tasks)
    expect(html.tasks).toContain(en.statusActive)
    expect(html.qa).toContain(en.qaIntro)
    expect(html['projects/alpha']).toContain(en.openTasksOf)
    expect(html.contributors).toContain(en.featuredTimes(1))
    expect(html.search).toContain(en.searchIntro)
    expect(html['_not-found']).toContain(en.notFoundTitle)

    const zhStrings = Object.values(zh).filter((value): value is string => typeof value === 'string')
    for (const [name, text] of Object.entries(html)) {
      expect({ name, found: zhStrings.filter((s) => text.includes(s)) }).toEqual({ name, found: [] })
    }
  })
})
