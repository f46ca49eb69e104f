import { describe, expect, it } from 'vitest'

import { readDifficulty } from '../tasks'
import { importFixture, importText } from './helpers'

const ALPHA_7 = 'https://github.com/example/alpha/issues/7'

describe('newcomer task sections', () => {
  const { issue, body, warnings, registry } = importFixture('tasks.md')

  it('reads every layout of the archive into one task board', () => {
    expect(issue.tasks.map(({ project, difficulty, title, href }) => ({ project, difficulty, title, href }))).toEqual([
      // Project name, `- Easy` lists, one title per paragraph, then 「详细参考」 with the link on the same line.
      { project: 'alpha', difficulty: 'easy', title: '为配置模块补充单元测试', href: ALPHA_7 },
      { project: 'alpha', difficulty: 'easy', title: '修复文档里的错别字', href: ALPHA_7 },
      { project: 'alpha', difficulty: 'hard', title: '重写调度器', href: ALPHA_7 },
      // Bold project name; the link on the line after 「详细参考」：.
      { project: 'beta', difficulty: 'medium', title: '支持 YAML 配置', href: 'https://github.com/example/beta/issues/3' },
      // Bold difficulties without a project name: the project comes from the link.
      { project: 'alpha', difficulty: 'easy', title: '为命令行加上 --version 参数', href: 'https://github.com/example/alpha/issues/9' },
      { project: 'alpha', difficulty: 'medium', title: '实现插件机制', href: 'https://github.com/example/alpha/issues/9' },
      // A list under 「Gamma 新手任务：」 with no difficulty stated: unrated, and Gamma joins the registry.
      { project: 'gamma', difficulty: undefined, title: '提供 Dockerfile', href: 'https://github.com/example/gamma/issues/1' },
      { project: 'gamma', difficulty: undefined, title: '补充 FAQ 文档', href: 'https://github.com/example/gamma/issues/1' },
      // A task written as its own link.
      { project: 'beta', difficulty: undefined, title: '为日志加上颜色', href: 'https://github.com/example/beta/issues/11' },
    ])
    expect(registry.added.map((project) => project.id)).toEqual(['gamma'])
  })

  it('places the board after the introduction and writes tasks without difficulty without the prop', () => {
    expect(body).toContain('这里有适合新手的任务。\n\n<TaskBoard>\n  <Task project="alpha" difficulty="easy"')
    expect(body).toContain('<Task project="gamma" title="提供 Dockerfile" href="https://github.com/example/gamma/issues/1" />')
  })

  it('keeps tasks that never get a link as Markdown, with a warning', () => {
    expect(body).toMatch(/<\/TaskBoard>\n\nDelta\n\n- Easy\n\n这个任务后面没有链接\n$/)
    expect(warnings).toEqual(['line 57: 1 task kept as Markdown: no link follows them'])
  })

  it('keeps tasks whose link names no project as Markdown', () => {
    const { issue: unlinked, body: unlinkedBody, warnings: unlinkedWarnings } = importText(
      '---\ntitle: T\ndate: 2021-01-01\n---\n\n### 新手任务\n\nZeta\n\n- Easy\n\n写文档\n\n「详细参考」：[看这里](https://example.org/tasks)\n',
      't.md',
    )
    expect(unlinked.tasks).toEqual([])
    expect(unlinkedBody).toContain('写文档')
    expect(unlinkedWarnings[0]).toContain('1 task kept as Markdown: their link https://example.org/tasks names no project')
  })
})

describe('readDifficulty', () => {
  it.each([
    ['- Easy', 'easy'],
    ['**Medium**', 'medium'],
    ['Hard：', 'hard'],
    ['- 简单', 'easy'],
    ['- Easy going', undefined],
  ])('%s → %s', (markdown, expected) => {
    const { converted } = importText(`---\ntitle: T\ndate: 2021-01-01\n---\n\n${markdown}\n`, 't.md')
    const [, node] = converted.body.children
    expect(node && readDifficulty(node)).toBe(expected)
  })
})
