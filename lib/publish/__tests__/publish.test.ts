import type { Element, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { describe, expect, it } from 'vitest'

import { VALID_CONTENT } from '@/lib/content/__tests__/helpers'
import { parseIssueFile, type Issue } from '@/lib/content/issue'
import { readContent } from '@/lib/content/load'
import { formatProblem, ProblemList } from '@/lib/content/problems'
import { getDictionary } from '@/lib/i18n'

import { renderIssueEmail, renderIssueWechat, type PublishOptions } from '..'
import { breakTemplateTags } from '../publish-html'

const SITE = 'https://fixture.example.org'
const SAMPLE = readContent('content')
const FIXTURES = readContent(VALID_CONTENT)

const optionsFor = (projects: PublishOptions['projects']): PublishOptions => ({
  siteUrl: SITE,
  projects,
  t: getDictionary('en'),
  siteName: 'Weekly',
  locale: 'en',
})

/** What every e-mail and WeChat copy must hold, whatever the issue: the checks a person would make by eye. */
function expectPublishable(html: string): HastRoot {
  // Frame marks become styles after sanitizing and are gone from the output.
  expect(html).not.toContain('data-frame')
  const tree = fromHtml(html)
  expect(selectAll('script, style, link, iframe, object, embed, form, input', tree)).toEqual([])
  for (const node of selectAll('*', tree)) {
    expect(node.properties.className).toBeUndefined()
    for (const key of Object.keys(node.properties)) expect(key).not.toMatch(/^on/i)
  }
  for (const a of selectAll('a', tree)) expect(String(a.properties.href)).toMatch(/^(https?:\/\/|mailto:)/)
  for (const img of selectAll('img', tree)) {
    expect(String(img.properties.src)).toMatch(/^https?:\/\//)
    expect(img.properties.alt).toBeTypeOf('string')
  }
  return tree
}

describe.each([
  ['the sample issues', SAMPLE],
  ['the fixture issues', FIXTURES],
])('e-mail and WeChat for %s', (_, content) => {
  const options = optionsFor(content.projects)
  it.each(content.issues.map((issue) => [issue.slug, issue] as const))('%s', (_slug, issue) => {
    const { html, text } = renderIssueEmail(issue, options)
    const email = expectPublishable(html)
    // Mail clients reserve an image's box before it loads only from its attributes.
    for (const img of selectAll('img', email)) expect(Number(img.properties.width)).toBeGreaterThan(0)
    // The site's own images have a known size, so Outlook reserves their box exactly.
    for (const img of selectAll(`img[src^="${SITE}/"]`, email)) expect(Number(img.properties.height)).toBeGreaterThan(0)
    // The 600 px column and the way back to the web and to the feed.
    expect(selectAll('table[width="600"]', email)).toHaveLength(1)
    expect(html).toContain(`${SITE}/weekly/${issue.slug}`)
    expect(html).toContain(`${SITE}/feed.xml`)
    expect(text).toContain(issue.title)
    expect(text).toContain(`${SITE}/weekly/${issue.slug}`)
    expect(text).not.toMatch(/<[a-z]/i)

    const wechat = renderIssueWechat(issue, options)
    // Every link is a numbered note: the editor would drop most of them.
    expect(selectAll('a', expectPublishable(wechat))).toEqual([])
    expect(wechat).not.toMatch(/<(html|head|body)/)
  })
})

describe('hostile content', () => {
  const projects = FIXTURES.projects
  const parseValid = (body: string): Issue => {
    const problems = new ProblemList('2024-01-05.mdx')
    const parsed = parseIssueFile(`---\ntitle: "T {{ x }}"\ndate: 2024-01-05\nsummary: "*|EMAIL|* {% raw %}"\n---\n\n${body}`, '2024-01-05.mdx', problems, {
      projectIds: new Set(projects.map((p) => p.id)),
    })
    if (!parsed) throw new Error(problems.items.map(formatProblem).join('\n'))
    return parsed
  }
  const issue = parseValid(
    [
      // MDX reads a bare brace as an expression, so writers escape it; what readers see is `{{ subscriber.name }}`.
      'Hello \\{\\{ subscriber.name \\}\\} and *|FNAME|* and \\{% if x %\\}, <kbd>`{{x}}`</kbd>',
      '',
      '[a link `{{y}}`](https://example.org/?q=%7B%7Bz%7D%7D) and ![img *|X|*](https://example.org/a.png)',
      '',
      '`<script>alert(1)</script>` &lt;img src=x onerror=alert(1)&gt;',
      '',
      '<QA asker="{{evil}}"><Question>Why `<style>`?</Question><Answer>Because `{{ "a" }}`.</Answer></QA>',
    ].join('\n'),
  )
  const options = optionsFor(projects)
  const outputs = { email: renderIssueEmail(issue, options).html, text: renderIssueEmail(issue, options).text, wechat: renderIssueWechat(issue, options) }

  it.each(Object.entries(outputs))('%s holds no live template tag of listmonk, Buttondown, Mailchimp or Liquid', (_, out) => {
    expect(out).not.toMatch(/\{\{|\}\}|\*\||\|\*|\{%|%\}/)
    // The words themselves are still there for readers.
    expect(out).toContain('subscriber.name')
    expect(out).toContain('FNAME')
  })

  it('keeps markup in content as text in both HTML outputs', () => {
    for (const html of [outputs.email, outputs.wechat]) {
      const tree = fromHtml(html)
      expect(selectAll('script, style', tree)).toEqual([])
      expect(selectAll('img', tree).every((img: Element) => img.properties.onError === undefined)).toBe(true)
      expect(html).toContain('&#x3C;script>')
    }
  })

  it('breaks every template opener with an invisible joiner', () => {
    expect(breakTemplateTags('{{a}} *|B|* {%c%}')).toBe('{\u2060{a}\u2060} *\u2060|B|\u2060* {\u2060%c%\u2060}')
  })
})

describe('releases and events', () => {
  const projects = FIXTURES.projects
  const problems = new ProblemList('2024-01-05.mdx')
  const issue = parseIssueFile(
    [
      '---\ntitle: T\ndate: 2024-01-05\n---\n',
      '<Release project="alpha" version="v5.4.2" href="https://github.com/example/alpha/releases/tag/v5.4.2">\n- Faster pushes\n</Release>\n',
      '<Event title="Alpha live" start="2024-01-12T19:00:00+08:00" location="Bilibili" href="https://live.example.org/1" poster="https://example.org/poster.png">\nCome and ask.\n</Event>',
    ].join('\n'),
    '2024-01-05.mdx',
    problems,
    { projectIds: new Set(projects.map((p) => p.id)) },
  )
  const options = optionsFor(projects)

  it('are in the e-mail, framed, with the notes, the time, the link to join and the sized poster', () => {
    if (!issue) throw new Error(problems.items.map(formatProblem).join('\n'))
    const { html, text } = renderIssueEmail(issue, options)
    const tree = expectPublishable(html)
    expect(text).toContain('v5.4.2')
    expect(text).toContain('Faster pushes')
    expect(text).toContain('Alpha live')
    expect(text).toContain('https://live.example.org/1')
    expect(selectAll('img[src="https://example.org/poster.png"][width]', tree)).toHaveLength(1)
  })

  it('are in the WeChat article with their links as notes', () => {
    if (!issue) throw new Error(problems.items.map(formatProblem).join('\n'))
    const wechat = renderIssueWechat(issue, options)
    expect(selectAll('a', expectPublishable(wechat))).toEqual([])
    expect(wechat).toContain('https://github.com/example/alpha/releases/tag/v5.4.2')
    expect(wechat).toContain('https://live.example.org/1')
    expect(wechat).toContain('Come and ask.')
  })
})
