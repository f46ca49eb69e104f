import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { makeContentDir, VALID_CONTENT } from '@/lib/content/__tests__/helpers'
import { mdxParser, parseIssueFile, type Issue } from '@/lib/content/issue'
import { readContent } from '@/lib/content/load'
import { formatProblem, ProblemList } from '@/lib/content/problems'
import { getDictionary } from '@/lib/i18n'

import { renderIssueHtml } from '../issue-html'

const SITE = 'https://fixture.example.org'

describe('renderIssueHtml', () => {
  const content = readContent(VALID_CONTENT)
  const issue = content.issues.find((i) => i.slug === '2024-01-05')!
  /** The fixture issue, or one with this body, parsed and validated as the content layer does. */
  const render = (body?: string) =>
    renderIssueHtml(body === undefined ? issue : parseValid(`---\ntitle: T\ndate: 2024-01-05\n---\n\n${body}`), {
      siteUrl: SITE,
      projects: content.projects,
      t: getDictionary('en'),
    })
  const parseValid = (text: string): Issue => {
    const problems = new ProblemList('2024-01-05.mdx')
    const parsed = parseIssueFile(text, '2024-01-05.mdx', problems, { projectIds: new Set(content.projects.map((p) => p.id)) })
    if (!parsed) throw new Error(problems.items.map(formatProblem).join('\n'))
    return parsed
  }
  const html = render()

  it('renders Markdown as HTML', () => {
    expect(html).toContain('<p>Intro paragraph with a <a href="https://example.org">link</a>.</p>')
    expect(html).toContain('<h2>Questions</h2>')
  })

  it('renders the contributors banner as a figure and the people as a list', () => {
    expect(html).toContain('<figure><img src="https://example.org/banner.png" alt="Contributors of the week"></figure>')
    expect(html).toContain(
      `<li><a href="https://github.com/octocat">Octo Cat</a> (@octocat) · <a href="${SITE}/projects/alpha">Alpha</a> · Fixed the build</li>`,
    )
  })

  it('renders a Q&A as the quoted question with its asker, then the answers and links', () => {
    expect(html).toContain(
      `<blockquote><p><strong>@reader</strong> asked · <a href="${SITE}/projects/alpha">Alpha</a></p><p>How do I <strong>start</strong>?</p></blockquote>`,
    )
    expect(html).toContain('<p><strong>Answer: </strong>Run <code>npm start</code>.</p>')
    expect(html).toContain('<p>Then open the <a href="https://example.org/docs">docs</a>.</p>')
    expect(html).toContain('<p><em>answered by maintainer</em></p>')
    expect(html).toContain('<p>Alpha: <a href="https://github.com/example/alpha">https://github.com/example/alpha</a></p>')
  })

  it('groups the task board Easy, Medium, Hard with links, projects and non-open statuses', () => {
    expect([...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1])).toEqual(['Easy', 'Medium', 'Hard'])
    expect(html).toContain(
      `<li><a href="https://github.com/example/alpha/issues/3">Add a test</a> · <a href="${SITE}/projects/alpha">Alpha</a> · Claimed</li>`,
    )
    const unrated = content.issues.find((i) => i.slug === '2024-01-12')!
    const second = renderIssueHtml(unrated, { siteUrl: SITE, projects: content.projects, t: getDictionary('en') })
    expect([...second.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1])).toEqual(['Easy', 'Unrated'])
    expect(second).toContain('Fix a typo</a> · <a href="https://fixture.example.org/projects/alpha">Alpha</a> · Done</li>')
  })

  it('renders the reading list as links with their source', () => {
    expect(html).toContain('<ul><li><a href="https://example.org/read">A good read</a> · Example Blog</li></ul>')
  })

  it('uses the dictionary of the site language', () => {
    const zh = renderIssueHtml(issue, { siteUrl: SITE, projects: content.projects, t: getDictionary('zh-CN') })
    expect(zh).toContain('<strong>@reader</strong> 提问')
    expect(zh).toContain('<strong>答：</strong>Run')
  })

  it('makes site-relative links and images absolute, and anchors point into the issue page', () => {
    const out = render('See [the archive](/weekly) and [the first answer](#qa-1).\n\n![A card](/images/2022-05-27-wechat.png)')
    expect(out).toContain(`<a href="${SITE}/weekly">the archive</a>`)
    expect(out).toContain(`<a href="${SITE}/weekly/2024-01-05#qa-1">the first answer</a>`)
    expect(out).toContain(`<img src="${SITE}/images/2022-05-27-wechat.png" alt="A card">`)
  })

  it('keeps the allowed inline HTML and drops comments', () => {
    const out = render('Press <kbd>Ctrl</kbd> {/* a note for editors */}\n\n<details>\n<summary>More</summary>\n\nHidden text\n</details>')
    expect(out).toContain('<kbd>Ctrl</kbd>')
    expect(out).toMatch(/<details>.*<summary>More<\/summary>.*<p>Hidden text<\/p><\/details>/)
    expect(out).not.toContain('a note for editors')
  })

  it('sanitizes even what the validator would have refused', () => {
    // A tree that never went through validation, as a bug in the validator would let through.
    const tree = mdxParser.parse(
      '[click](javascript:alert(1)) ![x](data:image/png;base64,AAAA) <script>alert(2)</script> <iframe src="https://evil.example" />',
    )
    const out = renderIssueHtml({ ...issue, tree }, { siteUrl: SITE, projects: content.projects, t: getDictionary('en') })
    expect(out).toContain('<a>click</a>')
    expect(out).not.toMatch(/javascript:|data:|<script|alert\(2\)|<iframe|evil/)
  })

  it('refuses a component it has no renderer for, rather than leaving it out of the feed', () => {
    for (const source of ['<Unknown />', '<Task project="sofa-rpc" title="T" href="https://github.com/o/r/issues/1" />']) {
      const tree = mdxParser.parse(source)
      expect(() => renderIssueHtml({ ...issue, tree }, { siteUrl: SITE, projects: content.projects, t: getDictionary('en') })).toThrow(
        /has no feed renderer/,
      )
    }
  })
})

describe('renderIssueHtml on the seed issue', () => {
  const content = readContent(path.resolve('content'))
  const seed = content.issues.find((i) => i.slug === '2022-05-27')!
  const html = renderIssueHtml(seed, { siteUrl: content.site.url, projects: content.projects, t: getDictionary('zh-CN') })

  it('holds every section: banner, both Q&As with answers, the grouped tasks and all four readings', () => {
    expect(html).toContain(`<img src="${content.site.url}/images/2022-05-27-contributors.png" alt="SOFAStack 社区本周 Contributor">`)
    expect(html).toContain('<strong>@周衡</strong> 提问')
    expect(html).toContain('<p><strong>答：</strong>RpcInvokeContextv6</p>')
    expect(html).toContain('FaaS 示例么？那个还没上过生产，还在探索阶段。')
    expect([...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1])).toEqual(['Easy', 'Medium', 'Hard'])
    expect(seed.reading).toHaveLength(4)
    for (const reading of seed.reading) {
      expect(html).toContain(`<a href="${reading.href.replaceAll('&', '&#x26;')}">${reading.title}</a>`)
    }
  })
})

describe('renderIssueHtml on an issue with a site-relative link in content', () => {
  const dir = makeContentDir({
    '2024-02-02.mdx': '---\ntitle: Links\ndate: 2024-02-02\n---\n\nRead [the tasks](/tasks).\n',
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('points at the public site, with a sub-path kept', () => {
    const content = readContent(dir)
    const issue = content.issues.find((i) => i.slug === '2024-02-02')!
    const html = renderIssueHtml(issue, { siteUrl: 'https://example.org/weekly', projects: content.projects, t: getDictionary('en') })
    expect(html).toBe('<p>Read <a href="https://example.org/weekly/tasks">the tasks</a>.</p>')
  })
})
