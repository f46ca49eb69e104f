import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { estimateReadingMinutes } from '../issue'
import { getContentDir, readContent } from '../load'
import { makeContentDir, VALID_CONTENT } from './helpers'

describe('readContent on the fixture folder', () => {
  const content = readContent(VALID_CONTENT)
  const [second, first] = content.issues

  it('loads site settings, projects and every issue, newest first', () => {
    expect(content.site).toMatchObject({ name: 'Fixture Weekly', locale: 'en', nav: [{ label: 'Archive', href: '/weekly' }] })
    expect(content.site.repository).toEqual({ url: 'https://github.com/example/fixture-weekly', branch: 'main', contentPath: 'content' })
    expect(content.projects.map((p) => p.id)).toEqual(['alpha', 'beta'])
    expect(content.issues.map((issue) => issue.slug)).toEqual(['2024-01-12', '2024-01-05'])
  })

  it('parses front matter with defaults', () => {
    expect(first).toMatchObject({ title: 'Fixture Weekly 1', date: '2024-01-05', tags: ['first'], authors: [], draft: false })
    expect(second).toMatchObject({ tags: [], authors: [], draft: false })
    expect(second?.summary).toBeUndefined()
    expect(first?.file).toBe('lib/content/__tests__/fixtures/content/weekly/2024-01-05.mdx')
  })

  it('extracts the contributor banner and people', () => {
    expect(first?.contributors).toEqual([
      {
        banner: { src: 'https://example.org/banner.png', alt: 'Contributors of the week', width: undefined, height: undefined },
        people: [{ login: 'octocat', name: 'Octo Cat', project: 'alpha', contribution: 'Fixed the build' }],
      },
    ])
  })

  it('extracts Q&A as nodes of the issue tree and as text', () => {
    expect(first?.qa).toEqual([
      {
        id: 'qa-1',
        asker: 'reader',
        project: 'alpha',
        question: { node: expect.objectContaining({ type: 'mdxJsxFlowElement', name: 'Question' }), text: 'How do I start?' },
        answers: [
          {
            by: 'maintainer',
            node: expect.objectContaining({ type: 'mdxJsxFlowElement', name: 'Answer' }),
            text: 'Run npm start.\nThen open the docs.',
          },
        ],
        links: [{ href: 'https://github.com/example/alpha', label: 'Alpha' }],
      },
    ])
    // The very nodes of the issue's tree, not copies: what is rendered elsewhere is what was validated here.
    const qaElement = first?.tree.children.find((node) => node.type === 'mdxJsxFlowElement' && node.name === 'QA')
    expect(qaElement && 'children' in qaElement ? qaElement.children : []).toContain(first?.qa[0]?.question.node)
  })

  it('extracts tasks in document order with ids, defaults and chosen ids', () => {
    expect(first?.tasks).toEqual([
      { id: 'task-1', project: 'beta', difficulty: 'hard', title: 'Rewrite the parser', href: 'https://github.com/example/beta/issues/2', status: 'open', at: { line: 32, column: 3 } },
      { id: 'task-2', project: 'alpha', difficulty: 'easy', title: 'Fix a typo', href: 'https://github.com/example/alpha/issues/1', status: 'open', at: { line: 33, column: 3 } },
      { id: 'add-a-test', project: 'alpha', difficulty: 'medium', title: 'Add a test', href: 'https://github.com/example/alpha/issues/3', status: 'claimed', at: { line: 34, column: 3 } },
    ])
    expect(second?.tasks).toEqual([
      { id: 'task-1', project: 'alpha', difficulty: 'easy', title: 'Fix a typo', href: 'https://github.com/example/alpha/issues/1', status: 'done', at: { line: 9, column: 3 } },
      // Archives do not always state a difficulty; such a task is kept, without one.
      { id: 'task-2', project: 'beta', difficulty: undefined, title: 'Triage old issues', href: 'https://github.com/example/beta/issues/7', status: 'open', at: { line: 10, column: 3 } },
    ])
  })

  it('extracts reading and headings', () => {
    expect(first?.reading).toEqual([
      { title: 'A good read', href: 'https://example.org/read', source: 'Example Blog', at: { line: 40, column: 3 } },
    ])
    expect(first?.headings).toEqual([
      { depth: 2, text: 'Contributors', id: 'contributors' },
      { depth: 2, text: 'Questions', id: 'questions' },
      { depth: 2, text: 'Tasks', id: 'tasks' },
      { depth: 2, text: 'Reading', id: 'reading' },
    ])
  })

  it('keeps the MDX syntax tree of the body, comments allowed', () => {
    expect(second?.tree.children[0]).toMatchObject({ type: 'mdxFlowExpression', value: expect.stringMatching(/^\/\* A comment is the one expression/) })
  })
})

describe('the sample content', () => {
  const content = readContent(path.resolve('content'))
  const seed = content.issues.find((issue) => issue.slug === '2022-05-27')

  it('has the seed issue and two sample issues', () => {
    expect(content.issues.map((issue) => issue.slug)).toEqual(['2022-05-27', '2022-05-20', '2022-05-13'])
    expect(content.site.locale).toBe('zh-CN')
  })

  it('keeps every fact of the seed issue', () => {
    expect(seed?.title).toBe('SOFA Weekly | Kusion 开源啦、本周 QA、本周 Contributor')
    expect(seed?.contributors[0]?.banner?.src).toBe('/images/2022-05-27-contributors.png')
    expect(seed?.qa.map((qa) => [qa.asker, qa.project, qa.answers.length])).toEqual([
      ['周衡', 'sofa-rpc', 1],
      ['bobtthp', 'mosn', 1],
    ])
    expect(seed?.qa[0]?.answers[0]?.text).toBe('RpcInvokeContextv6')
    expect(seed?.tasks.map((task) => `${task.project}/${task.difficulty}`)).toEqual([
      'layotto/easy', 'layotto/easy', 'layotto/easy',
      'layotto/medium', 'layotto/medium', 'layotto/medium',
      'layotto/hard',
      'sofa-rpc/easy', 'sofa-rpc/medium',
    ])
    expect(seed?.reading).toHaveLength(4)
    expect(seed?.reading.every((item) => item.href.startsWith('https://mp.weixin.qq.com/s?__biz='))).toBe(true)
  })
})

describe('derived values', () => {
  it('keeps the plain text of prose, answers, task and reading titles, block by block', () => {
    const [, first] = readContent(VALID_CONTENT).issues
    expect(first?.text.split('\n')).toEqual([
      'Intro paragraph with a link.',
      'Contributors',
      'Questions',
      'How do I start?',
      'Run npm start.',
      'Then open the docs.',
      'Tasks',
      'Reading',
      'Rewrite the parser',
      'Fix a typo',
      'Add a test',
      'A good read',
      'Octo Cat octocat Fixed the build',
    ])
  })

  it('estimates reading time from Chinese characters and Latin words', () => {
    expect(estimateReadingMinutes('短')).toBe(1)
    expect(estimateReadingMinutes('字'.repeat(1200))).toBe(3)
    expect(estimateReadingMinutes('word '.repeat(690))).toBe(3)
    expect(estimateReadingMinutes(`${'字'.repeat(800)} ${'word '.repeat(460)}`)).toBe(4)
  })

  it('gives headings the ids rehype-slug renders, Chinese and repeated ones included', () => {
    const dir = makeContentDir({
      '2024-02-02.mdx': '---\ntitle: T\ndate: 2024-02-02\n---\n\n## 本周推荐阅读\n\n## Q&A: What’s new?\n\n### 本周推荐阅读\n',
    })
    const issue = readContent(dir).issues.find((i) => i.slug === '2024-02-02')
    expect(issue?.headings).toEqual([
      { depth: 2, text: '本周推荐阅读', id: '本周推荐阅读' },
      { depth: 2, text: 'Q&A: What’s new?', id: 'qa-whats-new' },
      { depth: 3, text: '本周推荐阅读', id: '本周推荐阅读-1' },
    ])
  })
})

describe('getContentDir', () => {
  const original = process.env.CONTENT_DIR
  afterEach(() => {
    if (original === undefined) delete process.env.CONTENT_DIR
    else process.env.CONTENT_DIR = original
  })

  it('defaults to ./content and follows CONTENT_DIR', () => {
    delete process.env.CONTENT_DIR
    expect(getContentDir()).toBe(path.resolve('content'))
    process.env.CONTENT_DIR = 'some/where'
    expect(getContentDir()).toBe(path.resolve('some/where'))
  })
})
