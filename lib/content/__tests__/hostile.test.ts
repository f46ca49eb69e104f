import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { isSafeUrl, isSiteRelative, originProblem } from '@/lib/url-policy'

import { checkContent } from '../load'
import { formatProblem } from '../problems'
import { makeContentDir } from './helpers'

/** What a stranger's pull request might put into the content folder, and what validation says of it. */

const folders: string[] = []
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true })
})

function contentWith(files: Record<string, string>): string {
  const dir = makeContentDir(files)
  folders.push(dir)
  return dir
}

/** Problems of one file, as `LINE:COL message`. */
function problemsOf(dir: string, name = '2024-01-05.mdx'): string[] {
  return checkContent(dir)
    .problems.filter((p) => p.file.endsWith(name))
    .map((p) => formatProblem(p).replace(/^.*?:(\d+:\d+ )/, '$1'))
}

const issue = (body: string, frontMatter = 'title: T\ndate: 2024-01-05') => `---\n${frontMatter}\n---\n\n${body}\n`

describe('one URL policy', () => {
  it.each([
    ['https://github.com/sofastack/sofa-rpc', true],
    ['http://example.org/a?b=c#d', true],
    ['/weekly/2022-05-27', true],
    ['#qa-1', true],
    ['mailto:team@example.org', true],
    ['/\\evil.example', false],
    ['\\\\evil.example', false],
    ['//evil.example', false],
    ['/\t/evil.example', false],
    ['https://example.org/a\nb', false],
    ['java\tscript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<script>', false],
    ['https://github.com@evil.example/', false],
    ['https:evil.example', false],
    ['weekly/relative', false],
  ])('%j is allowed: %s', (url, allowed) => {
    expect(isSafeUrl(url)).toBe(allowed)
  })

  it('calls only paths that stay on this site site-relative', () => {
    expect(['/a', '/a//b', '/%5Cevil'].map(isSiteRelative)).toEqual([true, true, true])
    expect(['//evil', '/\\evil', '\\/evil', 'https://x.org/'].map(isSiteRelative)).toEqual([false, false, false, false])
  })

  it('refuses a backslash link in Markdown and a component prop with the same rule', () => {
    const dir = contentWith({
      '2024-01-05.mdx': issue('[home](/\\evil.example)\n\n<ReadingList>\n  <Reading title="R" href="/\\evil.example" />\n</ReadingList>'),
    })
    expect(problemsOf(dir)).toEqual([
      '6:1 link "/\\evil.example" is not allowed; has white space, a control character or a backslash; write them percent-encoded',
      '9:22 <Reading> prop "href" is "/\\\\evil.example"; has white space, a control character or a backslash; write them percent-encoded',
    ])
  })

  it('wants the site URL as an origin, and says so in validate', () => {
    expect(originProblem('https://weekly.example.org')).toBeUndefined()
    const dir = contentWith({})
    fs.writeFileSync(path.join(dir, 'site.yaml'), fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8').replace(/^url: .*$/m, 'url: https://weekly.example.org/community/'))
    expect(problemsOf(dir, 'site.yaml')).toEqual([
      expect.stringMatching(/^\d+:1 field "url" is "https:\/\/weekly.example.org\/community\/"; expected the site's origin, such as https:\/\/weekly.example.org, without a path/),
    ])
  })
})

describe('the content folder is read as files, never followed out', () => {
  const secret = '/etc/passwd'

  it('refuses a link to a file outside the folder, without reading it', () => {
    const dir = contentWith({})
    fs.symlinkSync(secret, path.join(dir, 'weekly', '2024-02-02.mdx'))
    const lines = problemsOf(dir, '2024-02-02.mdx')
    expect(lines).toEqual(['1:1 2024-02-02.mdx is a symbolic link; content is read only from regular files inside the content folder; replace it with the file itself'])
    expect(JSON.stringify(checkContent(dir).problems)).not.toContain('root:')
  })

  it('refuses dangling links, linked folders and linked settings', () => {
    const dir = contentWith({})
    fs.symlinkSync(path.join(dir, 'missing.mdx'), path.join(dir, 'weekly', '2024-02-02.mdx'))
    fs.renameSync(path.join(dir, 'site.yaml'), path.join(dir, 'real-site.yaml'))
    fs.symlinkSync(path.join(dir, 'real-site.yaml'), path.join(dir, 'site.yaml'))
    fs.mkdirSync(path.join(dir, 'elsewhere'))
    fs.symlinkSync('/etc', path.join(dir, 'elsewhere', 'etc'))
    const files = checkContent(dir).problems.map((p) => `${path.basename(p.file)}: ${p.message.split(';')[0]}`)
    expect(files).toEqual(expect.arrayContaining(['2024-02-02.mdx: 2024-02-02.mdx is a symbolic link', 'site.yaml: site.yaml is a symbolic link', 'etc: etc is a symbolic link']))
  })

  it.skipIf(process.platform === 'win32')('refuses a named pipe without waiting on it', () => {
    const dir = contentWith({})
    execFileSync('mkfifo', [path.join(dir, 'weekly', '2024-02-02.mdx')])
    expect(problemsOf(dir, '2024-02-02.mdx')).toEqual(['1:1 2024-02-02.mdx is a named pipe (FIFO); content is read only from regular files inside the content folder; replace it with the file itself'])
  })
})

describe('characters that hide what text says', () => {
  it('refuses bidirectional controls and control characters in the file, at their line and column', () => {
    const dir = contentWith({ '2024-01-05.mdx': issue('Safe text, then an override: \u202Eevil\n\nA bell \u0007 here.', 'title: "T\u2066"\ndate: 2024-01-05') })
    expect(problemsOf(dir)).toEqual([
      '2:10 bidirectional control character U+2066 (LEFT-TO-RIGHT ISOLATE), which can make text display differently from what it is; remove it',
      '6:30 bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE), which can make text display differently from what it is; remove it',
      '8:8 control character U+0007, which pages and feeds cannot show; remove it',
    ])
  })

  it('refuses them written as escapes too: in YAML strings and as character references in MDX', () => {
    const yaml = contentWith({ '2024-01-05.mdx': issue('Text.', 'title: "T\\u202e"\ndate: 2024-01-05') })
    expect(problemsOf(yaml)).toEqual([expect.stringMatching(/^2:8 value holds a bidirectional control character U\+202E/)])
    const mdx = contentWith({ '2024-01-05.mdx': issue('Text &#x202E; here.\n\n<ReadingList>\n  <Reading title="R&#x202E;" href="https://example.org" />\n</ReadingList>') })
    expect(problemsOf(mdx)).toEqual([
      expect.stringMatching(/^6:1 text holds a bidirectional control character U\+202E/),
      expect.stringMatching(/^9:12 prop "title" on <Reading> holds a bidirectional control character U\+202E/),
    ])
  })
})

describe('names that cannot collide', () => {
  it('refuses tags whose address would be empty, . or ..', () => {
    const dir = contentWith({ '2024-01-05.mdx': issue('Text.', 'title: T\ndate: 2024-01-05\ntags: ["..", "/", "ok"]') })
    expect(problemsOf(dir)).toEqual([
      '4:8 field "tags" in item 1 is ".."; would have the address /tags/.., which names a folder, not a page',
      '4:14 field "tags" in item 2 is "/"; has no letter or digit for its address /tags/…',
    ])
  })

  it('gives headings ids that are not the page\'s, a block\'s or a framework global', () => {
    const dir = contentWith({
      '2024-01-05.mdx': issue('## Main\n\n## __next_f\n\n## QA 1\n\n## Issue title\n\n<QA asker="a">\n  <Question>\n    Q\n  </Question>\n  <Answer>\n    A\n  </Answer>\n</QA>'),
    })
    const headings = checkContent(dir).content?.issues.find((i) => i.slug === '2024-01-05')?.headings.map((h) => h.id)
    expect(headings).toEqual(['main-1', 'next_f', 'qa-1-1', 'issue-title-1'])
  })

  it('refuses a block id the page uses', () => {
    const dir = contentWith({ '2024-01-05.mdx': issue('<QA asker="a" id="main">\n  <Question>\n    Q\n  </Question>\n  <Answer>\n    A\n  </Answer>\n</QA>') })
    expect(problemsOf(dir)).toEqual(['6:15 <QA> prop "id" is "main"; is an id the page itself uses; choose another'])
  })
})

describe('bounded work', () => {
  it('refuses YAML aliases, which can multiply a small file', () => {
    const dir = contentWith({ '2024-01-05.mdx': issue('Text.', 'title: &t T\ndate: 2024-01-05\nsummary: *t') })
    expect(problemsOf(dir)).toEqual(['4:10 YAML aliases (*t) are not allowed in content; write the value out'])
  })

  /** 200,000-character bodies shaped to make a Markdown parser or a regular expression take quadratic time or more. */
  const adversarial: Record<string, string> = {
    'nested quotes': '>'.repeat(200_000),
    'nested list items': '- '.repeat(100_000),
    'indented lists': Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i % 400)}- a`).join('\n'),
    'nested elements': '<QA>'.repeat(25_000) + '</QA>'.repeat(20_000),
    'emphasis markers': '*a'.repeat(100_000),
    'mixed emphasis': '_*'.repeat(100_000),
    'emphasis in many paragraphs': ('_*'.repeat(240) + '\n\n').repeat(400),
    'emphasis just under the limit, many times': ('_*'.repeat(70) + 'a\n\n').repeat(1400),
    'open links': '[a]('.repeat(50_000),
    'open brackets': '['.repeat(200_000),
    'table cells': '|a'.repeat(50_000) + '\n' + '|-'.repeat(50_000),
    'escaped braces': '\\{'.repeat(100_000),
    'backticks': '`'.repeat(200_000),
    'hyphens for a slug': `# ${'-'.repeat(200_000)}x`,
    'spaces': `a${' '.repeat(200_000)}b`,
  }
  it.each(Object.entries(adversarial))('checks %s within 2 s, with located problems or none', (_, body) => {
    const dir = contentWith({ '2024-01-05.mdx': issue(body, `title: T\ndate: 2024-01-05\ntags: ["${'-'.repeat(1000)}a${'-'.repeat(1000)}"]`) })
    const started = performance.now()
    const { problems } = checkContent(dir)
    expect(performance.now() - started).toBeLessThan(2_000)
    for (const problem of problems) expect(formatProblem(problem)).toMatch(/^\S+:\d+:\d+ \S/)
  })
})

describe('valid content stays valid', () => {
  it('accepts CRLF line ends with a BOM, emoji, full-width punctuation, and code that mentions scripts and braces', () => {
    const body = [
      '## 本周问答 😀：注册中心（Registry）',
      '',
      '正文里写 `<script>alert(1)</script>`、`javascript:void(0)` 和 `{ retry: 3 }`，都只是代码。',
      '',
      '```html',
      '<script>window.location = "javascript:alert(1)"</script>',
      '<div onclick="x()">{{ template }}</div>',
      '```',
      '',
      '<QA asker="读者" project="alpha">',
      '  <Question>',
      '    配置 `{a: 1}` 对吗？——“全角引号”、『书名号』！',
      '  </Question>',
      '  <Answer>',
      '    对的 👍',
      '  </Answer>',
      '</QA>',
    ].join('\r\n')
    const dir = contentWith({ '2024-01-05.mdx': `\uFEFF---\r\ntitle: 周报｜第一期 🎉\r\ndate: 2024-01-05\r\n---\r\n\r\n${body}\r\n` })
    expect(problemsOf(dir)).toEqual([])
    expect(checkContent(dir).content?.issues.find((i) => i.slug === '2024-01-05')?.qa).toHaveLength(1)
  })

  it('reports an unreadable folder layout at its place, not with a stack trace', () => {
    const dir = contentWith({})
    fs.rmSync(path.join(dir, 'weekly'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'weekly'), 'not a folder')
    expect(checkContent(dir).problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'weekly:1:1 weekly must be a folder that holds the issues, one YYYY-MM-DD.mdx file each',
    ])
  })
})

describe('the ids the page layout uses', () => {
  it('are all reserved, so content can never take one', async () => {
    const { RESERVED_IDS } = await import('../schema')
    const sources = ['app', 'components'].flatMap((folder) =>
      fs.readdirSync(path.resolve(folder), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.tsx')),
    )
    const literal = sources.flatMap((entry) => [...fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]))
    expect(literal.length).toBeGreaterThan(5)
    expect(literal.filter((id) => !RESERVED_IDS.includes(id ?? ''))).toEqual([])
  })
})
