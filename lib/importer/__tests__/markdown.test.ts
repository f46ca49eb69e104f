import { describe, expect, it } from 'vitest'

import { resolveUrl } from '../markdown'
import { escapeMdxText } from '../mdx'
import { importFixture } from './helpers'

describe('MDX safety of everything else', () => {
  const { issue, body, warnings } = importFixture('markdown-safety.md')

  it('escapes what MDX would read as code, and keeps code as it is', () => {
    expect(body).toContain('配置写成 \\{key: value\\}，比较用 a \\< b 和 \\<T>。')
    expect(body).toContain('```json\n{ "a": "<b>" }\n```')
    expect(body).toContain('| \\<name> | \\{value\\} |')
  })

  it('turns raw HTML into Markdown: images, line breaks, text without its tags', () => {
    expect(body).toContain('## 大标题\n\n![](https://img.example.org/banner.png)\n')
    expect(body).toContain('第一行\\\n第二行\n')
    expect(body).toContain('\n一段 HTML 文字\n')
    expect(body).not.toMatch(/<script|alert\(1\)|<!--|<div|<b>一/)
  })

  it('keeps prose that looks like an autolink as text, and drops unsafe links with a warning', () => {
    expect(body).toContain('开始启动\\<Example:Lab/>共建，另见 [https://example.org/autolink](https://example.org/autolink)。')
    expect(body).toContain('危险链接 和 [站内链接](https://legacy.example.org/blog/post/)，方法上用了 @Transactional  注解。')
    expect(warnings).toEqual([
      'line 4: cover "http://img.example.org/cover.png" is not https; changed to https://img.example.org/cover.png',
      'line 6: front matter field "aliases" has no equivalent in our format; dropped',
      'line 17: <Example:Lab/> reads as a link to "Example:Lab/", which is not http(s); kept as text',
      'line 19: link "javascript:alert(1)" is not an http(s), mailto or site link; dropped, its text kept',
      'line 21: raw HTML <div> removed; its text is kept',
      'line 21: raw HTML <b> removed; its text is kept',
      'line 23: raw HTML <script> removed with its content: content never runs or embeds code',
    ])
  })

  it('starts headings at ## and repairs emphasis the legacy renderer left open', () => {
    expect(issue.headings.map(({ depth, text }) => ({ depth, text }))).toEqual([
      { depth: 2, text: '大标题' },
      { depth: 4, text: '项目进展' },
    ])
    expect(body).toContain('**官网:**[https://example.org](https://example.org)')
  })

  it('records where the issue came from in a comment', () => {
    expect(body.trimStart().startsWith('{/* Imported from markdown-safety.md by npm run import:hugo */}\n')).toBe(true)
  })
})

describe('escapeMdxText', () => {
  it.each([
    ['a {b} <c>', 'a \\{b\\} \\<c>'],
    ['already \\{ escaped', 'already \\{ escaped'],
    ['a literal backslash \\\\{', 'a literal backslash \\\\\\{'],
  ])('%s', (input, expected) => {
    expect(escapeMdxText(input)).toBe(expected)
  })
})

describe('resolveUrl', () => {
  it.each([
    ['/blog/post/', 'https://legacy.example.org/blog/post/'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['//cdn.example.org/x.png', 'https://cdn.example.org/x.png'],
    ['#anchor', '#anchor'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('%s → %s', (url, expected) => {
    expect(resolveUrl(url, 'https://legacy.example.org')).toBe(expected)
  })

  it('keeps site-relative links without a base URL', () => {
    expect(resolveUrl('/blog/post/', undefined)).toBe('/blog/post/')
  })
})
