import fs from 'node:fs'
import path from 'node:path'

import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toHtml } from 'hast-util-to-html'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BoardTasks } from '@/components/BoardTasks'
import { MdxContent } from '@/components/MdxContent'
import { QAItemView } from '@/components/QAItemView'
import { makeContentDir } from '@/lib/content/__tests__/helpers'
import { getIssues, getQAs, getTasks } from '@/lib/content'
import { checkContent } from '@/lib/content/load'
import { issueHast } from '@/lib/render/hast'

import { hasCorpus, importCorpus } from './corpus'

/**
 * Every view of a block is made from the one tree the content layer validated. These tests render the issue page's
 * body and the cross-issue views on the server, as the build does, and compare what they show of each block.
 */

const html = (element: Parameters<typeof renderToStaticMarkup>[0]): Root => fromHtml(renderToStaticMarkup(element), { fragment: true })
const inner = (node: Element | undefined): string => (node ? toHtml(node.children) : '(missing)')

/** The question and the answers of one Q&A article, as HTML. */
function qaParts(tree: Root, id: string): { question: string; answers: string[] } {
  const article = select(`article[id="${id}"]`, tree)
  if (!article) return { question: `(no article #${id})`, answers: [] }
  return { question: inner(select('blockquote', article) ?? undefined), answers: selectAll('.qa-markdown', article).slice(1).map(inner) }
}

function withContent(dir: string): void {
  process.env.CONTENT_DIR = dir
}

function compareEveryBlock(): { qa: number; tasks: number } {
  const pages = new Map(getIssues().map((issue) => [issue.slug, html(createElement(MdxContent, { nodes: issueHast(issue.tree) }))]))
  let qa = 0
  for (const item of getQAs()) {
    const page = pages.get(item.issue.slug)!
    const aggregate = html(createElement(QAItemView, { item }))
    expect(qaParts(aggregate, item.anchor), `${item.issue.slug}#${item.id}`).toEqual(qaParts(page, item.id))
    qa++
  }
  const board = html(createElement(BoardTasks, { tasks: getTasks(), idPrefix: 'board' }))
  let tasks = 0
  for (const task of getTasks()) {
    const last = task.announcements.at(-1)!
    const onIssue = select(`li[id="${last.anchor}"] a`, pages.get(last.slug)!)
    const onBoard = selectAll('li a', board).find((a) => a.properties.href === onIssue?.properties.href && toHtml(a.children) === toHtml(onIssue?.children ?? []))
    expect(onBoard ? toHtml(onBoard.children) : '(not on the board)', `${last.slug}#${last.anchor}`).toBe(inner(onIssue ?? undefined))
    tasks++
  }
  return { qa, tasks }
}

describe('one validated tree, rendered everywhere', () => {
  const environment = { CONTENT_DIR: process.env.CONTENT_DIR, NODE_ENV: process.env.NODE_ENV }
  const folders: string[] = []
  beforeAll(() => {
    // Production reads the content once and keeps it, as the build does.
    Object.assign(process.env, { NODE_ENV: 'production' })
  })
  afterAll(() => {
    Object.assign(process.env, environment)
    if (environment.CONTENT_DIR === undefined) delete process.env.CONTENT_DIR
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('shows each Q&A and task of the sample content on /qa and /tasks as on its issue page', () => {
    withContent(path.resolve('content'))
    expect(compareEveryBlock()).toEqual({ qa: 4, tasks: expect.any(Number) })
  })

  it.skipIf(!hasCorpus)('shows each Q&A and task of the imported archive on /qa and /tasks as on its issue page', { timeout: 300_000 }, () => {
    const dir = importCorpus()
    folders.push(dir)
    withContent(dir)
    const { qa, tasks } = compareEveryBlock()
    expect(qa).toBeGreaterThan(50)
    expect(tasks).toBeGreaterThan(20)
  })

  it('keeps a script in a list-item code block inside a question as code, on the issue page and on /qa', () => {
    // The stored XSS of issue #10: the aggregate view once re-parsed a dedented slice of the source, in which this
    // code block became raw HTML.
    const dir = makeContentDir({
      '2024-01-05.mdx': [
        '---',
        'title: T',
        'date: 2024-01-05',
        '---',
        '',
        '<QA asker="x" project="alpha">',
        '  <Question>',
        '    - ```',
        '      <script>alert(document.domain)</script>',
        '  </Question>',
        '  <Answer>',
        '    ok',
        '  </Answer>',
        '</QA>',
        '',
      ].join('\n'),
    })
    folders.push(dir)
    expect(checkContent(dir).problems.filter((p) => p.severity === 'error')).toEqual([])
    withContent(dir)
    const item = getQAs().find((qa) => qa.issue.slug === '2024-01-05')!
    const aggregate = html(createElement(QAItemView, { item }))
    expect(selectAll('script', aggregate)).toEqual([])
    expect(toHtml(select('code', aggregate) ?? [])).toBe('<code>&#x3C;script>alert(document.domain)&#x3C;/script>\n</code>')
    const issue = getIssues().find((i) => i.slug === '2024-01-05')!
    expect(qaParts(aggregate, item.anchor)).toEqual(qaParts(html(createElement(MdxContent, { nodes: issueHast(issue.tree) })), item.id))
  })
})
