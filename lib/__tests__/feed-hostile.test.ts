import type { Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { assert, constantFrom, oneof, property, string } from 'fast-check'
import type { Root } from 'mdast'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'

import type { Issue } from '@/lib/content'
import { emptyIssueBlocks } from '@/lib/content/blocks'
import type { Content } from '@/lib/content/load'
import { buildFeedData, feedLine, feedText, renderAtom, renderJsonFeed, renderRss } from '@/lib/feed'
import { getDictionary } from '@/lib/i18n'
import { renderIssueEmail } from '@/lib/publish/issue-email'
import { renderIssueWechat } from '@/lib/publish/issue-wechat'

/**
 * Property tests: whatever text a content file holds in any field the feeds carry, the three feeds stay well-formed,
 * carry that text (made safe, never cut short), and their HTML runs nothing.
 */

/** Strings built to break XML and HTML: CDATA ends, markup, entities, controls, line and bidi separators. */
const hostile = string({
  unit: oneof(
    constantFrom(']]>', ']]', ']', '>', '<', '&', '&amp;', '"', "'", '<![CDATA[', '<script>', '</script>', '<!--', '-->', '\u0000', '\u0001', '\u0008', '\u000B', '\u001F', '\u007F', '\u0085', '\u2028', '\u2029', '\u202E', '\u2066', '\uFEFF', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '😀', '\r\n', '\t', 'javascript:alert(1)', '{', '}'),
    string({ unit: 'binary', maxLength: 3 }),
    string({ maxLength: 4 }),
  ),
  maxLength: 40,
})

/** Parses XML strictly (XML 1.0 well-formedness, character ranges included); returns the text of each element. */
function parseStrictly(xml: string): Map<string, string[]> {
  const parser = new SaxesParser({ xmlns: false })
  const texts = new Map<string, string[]>()
  const stack: { name: string; text: string }[] = []
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    stack.push({ name: tag.name, text: '' })
    for (const [name, value] of Object.entries(tag.attributes)) {
      texts.set(`${tag.name}@${name}`, [...(texts.get(`${tag.name}@${name}`) ?? []), String(value)])
    }
  })
  parser.on('text', (text) => {
    const top = stack.at(-1)
    if (top) top.text += text
  })
  parser.on('cdata', (text) => {
    const top = stack.at(-1)
    if (top) top.text += text
  })
  parser.on('closetag', () => {
    const top = stack.pop()
    if (top) texts.set(top.name, [...(texts.get(top.name) ?? []), top.text])
  })
  parser.write(xml).close()
  return texts
}

/** An issue whose every text field, and a paragraph, a code block, a reading title and a project name, hold `value`. */
function hostileContent(value: string): Content {
  // Props and required fields are never blank once validated; the test's expectations use the same value.
  const prop = value.trim() ? value : 'x'
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value }] },
      { type: 'code', lang: null, value },
      {
        type: 'mdxJsxFlowElement',
        name: 'ReadingList',
        attributes: [],
        children: [{ type: 'mdxJsxFlowElement', name: 'Reading', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: prop }, { type: 'mdxJsxAttribute', name: 'href', value: 'https://example.org/a' }], children: [] }],
      },
      {
        type: 'mdxJsxFlowElement',
        name: 'QA',
        attributes: [{ type: 'mdxJsxAttribute', name: 'asker', value: prop }, { type: 'mdxJsxAttribute', name: 'project', value: 'alpha' }],
        children: [
          { type: 'mdxJsxFlowElement', name: 'Question', attributes: [], children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] },
          { type: 'mdxJsxFlowElement', name: 'Answer', attributes: [], children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] },
        ],
      },
    ],
  }
  const issue: Issue = {
    slug: '2024-01-05',
    date: '2024-01-05',
    title: prop,
    summary: prop,
    tags: [prop],
    authors: [prop],
    draft: false,
    file: 'content/weekly/2024-01-05.mdx',
    fileName: '2024-01-05.mdx',
    tree,
    text: value,
    readingMinutes: 1,
    ...emptyIssueBlocks(),
  }
  return {
    site: {
      name: prop,
      description: prop,
      url: 'https://weekly.example.org',
      locale: 'en',
      repository: { url: 'https://github.com/example/weekly', branch: 'main', contentPath: 'content' },
      nav: [{ label: 'Home', href: '/' }],
    },
    projects: [{ id: 'alpha', name: prop, repo: 'https://github.com/example/alpha', description: 'd' }],
    issues: [issue],
    warnings: [],
  }
}

function expectInertHtml(html: string): void {
  const tree: HastRoot = fromHtml(html, { fragment: true })
  expect(selectAll('script, style, iframe, object, embed', tree)).toEqual([])
  const elements = selectAll('*', tree)
  expect(elements.flatMap((element) => Object.keys(element.properties).filter((name) => /^on/i.test(name)))).toEqual([])
  const urls = elements.flatMap((element) => [element.properties.href, element.properties.src].filter((url) => url !== undefined))
  expect(urls.filter((url) => !/^(https?:|mailto:)/.test(String(url)))).toEqual([])
}

describe('feeds with hostile text in every field', () => {
  it('stay well-formed XML and valid JSON, carry the text made safe, and their HTML runs nothing', () => {
    assert(
      property(hostile, (value) => {
        const data = buildFeedData(hostileContent(value))
        const prop = value.trim() ? value : 'x'

        const rss = parseStrictly(renderRss(data))
        expect(rss.get('title')).toEqual([feedLine(prop), feedLine(prop)])
        expect(rss.get('category')).toEqual([feedLine(prop)])
        const rssHtml = rss.get('content:encoded')?.[0] ?? ''
        expectInertHtml(rssHtml)

        const atom = parseStrictly(renderAtom(data))
        expect(atom.get('category@term')).toEqual([feedLine(prop)])
        expect(atom.get('content')).toEqual([rssHtml])

        const json = JSON.parse(renderJsonFeed(data)) as { title: string; items: { title: string; content_html: string; tags: string[] }[] }
        expect(json.title).toBe(feedLine(prop))
        expect(json.items[0]?.content_html).toBe(rssHtml)

        // The text reaches readers whole: the code block shows it as written, only the forbidden characters gone.
        const code = select('pre code', fromHtml(rssHtml, { fragment: true }))
        expect(code ? toString(code) : '(no code block)').toBe(feedText(value ? `${value}\n` : ''))
      }),
      { numRuns: 300 },
    )
  })

  it('escape every "]]>" of a text, not only the first', () => {
    const data = buildFeedData(hostileContent(']]> one ]]> two ]]]]>> three'))
    for (const xml of [renderRss(data), renderAtom(data)]) {
      expect(xml).not.toContain(']]>')
      expect(parseStrictly(xml).get('title')?.[1]).toBe(']]> one ]]> two ]]]]>> three')
    }
  })
})

/** Nothing runs and nothing links anywhere but http(s) and mail; WeChat's copy has no classes or style sheets either. */
function expectInertDocument(html: string, { wechat }: { wechat: boolean }): void {
  const tree: HastRoot = fromHtml(html)
  expect(selectAll(wechat ? 'script, style, iframe, object, embed, link' : 'script, iframe, object, embed', tree)).toEqual([])
  const elements = selectAll('*', tree)
  expect(elements.flatMap((element) => Object.keys(element.properties).filter((name) => /^on/i.test(name)))).toEqual([])
  expect(wechat ? elements.filter((element) => element.properties.className !== undefined) : []).toEqual([])
  const urls = elements.flatMap((element) => [element.properties.href, element.properties.src].filter((url) => url !== undefined))
  expect(urls.filter((url) => !/^(https?:|mailto:)/.test(String(url)))).toEqual([])
}

describe('the e-mail and WeChat editions with hostile text in every field', () => {
  it('run nothing, link only to the web, and carry no live template tag of a sending service', () => {
    assert(
      property(hostile, (value) => {
        const content = hostileContent(value)
        const issue = content.issues[0] as Issue
        const options = { siteUrl: content.site.url, projects: content.projects, t: getDictionary('en'), siteName: content.site.name, locale: 'en' }
        const email = renderIssueEmail(issue, options)
        const wechat = renderIssueWechat(issue, options)
        expectInertDocument(email.html, { wechat: false })
        expectInertDocument(wechat, { wechat: true })
        for (const out of [email.html, email.text, wechat]) expect(out).not.toMatch(/\{\{|\}\}|\{%|%\}|\*\||\|\*/)
      }),
      { numRuns: 150 },
    )
  })
})
