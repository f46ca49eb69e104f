import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { MAX_FILE_BYTES, readContent } from '../load'
import { ContentError, formatProblem } from '../problems'
import { fixtureFileName, makeContentDir, readFixture, untestedFixtures } from './helpers'

/** The ContentError that reading `dir` throws, or undefined when the folder is valid. */
function contentErrorOf(dir: string): ContentError | undefined {
  try {
    readContent(dir)
    return undefined
  } catch (error) {
    if (error instanceof ContentError) return error
    throw error
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Reads the fixture folder with one bad issue added as `2024-01-05.mdx`; returns `LINE:COL message` per error. */
function errorsFor(fixture: string, name = '2024-01-05.mdx'): string[] {
  const dir = makeContentDir({ [name]: readFixture(fixture) })
  const file = path.join(dir, 'weekly', name) // outside the repository, so shown as an absolute path
  const problems = contentErrorOf(dir)?.problems ?? []
  expect(problems.map((p) => p.file)).toEqual(problems.map(() => file))
  return problems.map((p) => `${p.line}:${p.column} ${p.message}`)
}

describe('validation errors name the line and say what was expected', () => {
  it.each([
    ['missing-title.mdx', '2:1 missing required field "title"'],
    ['bad-date.mdx', '3:1 field "date" is "2024-02-30"; expected a date that exists, written YYYY-MM-DD'],
    ['date-mismatch.mdx', '3:1 field "date" is "2024-01-06" but the file name says 2024-01-05; they must be the same day'],
    ['unknown-field.mdx', '4:1 unknown field "layout"; expected one of: title, date, summary, cover, tags, authors, draft, lang'],
    ['yaml-syntax.mdx', '3:18 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['missing-front-matter.mdx', '1:1 missing front matter; start the file with a line "---", the YAML fields, and "---"'],
    [
      'js-front-matter.mdx',
      '1:4 front matter must be YAML: the first line must be exactly "---", found "---js" (other languages are refused, never evaluated)',
    ],
    ['unknown-difficulty.mdx', '7:25 <Task> prop "difficulty" is "extreme"; expected "easy", "medium" or "hard"'],
    [
      'unknown-project.mdx',
      '7:9 <Task> prop "project" is "gamma", which is not in content/projects.yaml; expected one of: alpha, beta',
    ],
    [
      'js-expression.mdx',
      '6:18 JavaScript expression {2 + 2} is not allowed: content is never run; write the text itself, or escape the braces as \\{ and \\}',
    ],
    [
      'attribute-expression.mdx',
      '7:25 prop "difficulty" on <Task> is a JavaScript expression {"easy"}, which is never run; write it as a string: difficulty="easy"',
    ],
    [
      'import.mdx',
      '6:1 import is not allowed in content: MDX files are never run as code; use the documented components, which need no import',
    ],
    [
      'export.mdx',
      '8:1 export is not allowed in content: MDX files are never run as code; use the documented components, which need no import',
    ],
    [
      'unknown-component.mdx',
      '6:1 unknown component <Poll>; expected one of <Contributors>, <Contributor>, <QA>, <Question>, <Answer>, <QALink>, <TaskBoard>, <Task>, <ReadingList>, <Reading>, <Release>, <Event>',
    ],
    ['script.mdx', '8:1 <script> is not allowed: content never runs code or embeds other pages'],
    ['event-handler.mdx', '7:52 event handler onClick is not allowed on <Reading>: content never runs code'],
    ['unsafe-link.mdx', '6:7 link "javascript:alert(1)" is not allowed; expected an http(s):, mailto: or site-relative URL'],
    ['misplaced-task.mdx', '6:1 <Task> must be placed directly inside <TaskBoard>'],
    ['missing-question.mdx', '6:1 <QA> needs exactly one <Question>, found 0'],
    ['unparsable-mdx.mdx', '6:1 MDX does not parse: Expected a closing tag for `<TaskBoard>` (6:1-6:12)'],
    ['iframe.mdx', '8:1 <iframe> is not allowed: content never runs code or embeds other pages'],
    ['style.mdx', '6:1 <style> is not allowed: content never runs code or embeds other pages'],
    ['missing-image.mdx', '6:11 image "/images/2024-01-05-team.png" does not exist in public/images; add the file there, or correct the path'],
    [
      'unsafe-image.mdx',
      '6:11 image "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" is not allowed; expected an http(s):, mailto: or site-relative URL',
    ],
    ['unsafe-definition.mdx', '8:1 link definition "vbscript:msgbox(1)" is not allowed; expected an http(s):, mailto: or site-relative URL'],
    ['unsafe-prop.mdx', '13:26 <QALink> prop "href" is "vbscript:msgbox(1)"; expected an http(s):, mailto: or site-relative URL'],
    ['unsafe-cover.mdx', '4:1 field "cover" is "javascript:alert(document.cookie)"; expected an https:// URL'],
    ['unknown-status.mdx', '7:110 <Task> prop "status" is "abandoned"; expected "open", "claimed" or "done"'],
    [
      'writes-file-front-matter.mdx',
      '1:4 front matter must be YAML: the first line must be exactly "---", found "---js" (other languages are refused, never evaluated)',
    ],
    [
      'writes-file-expression.mdx',
      "6:1 JavaScript expression {process.getBuiltinModule('fs').writeF...} is not allowed: content is never run; write the text itself, or escape the braces as \\{ and \\}",
    ],
    [
      'writes-file-export.mdx',
      '6:1 export is not allowed in content: MDX files are never run as code; use the documented components, which need no import',
    ],
    ['release-bad-version.mdx', '6:26 <Release> prop "version" is "latest"; expected a version such as "v5.4.2", "1.0" or "v6.0.0-alpha.1"'],
    ['release-unknown-project.mdx', '6:10 <Release> prop "project" is "gamma", which is not in content/projects.yaml; expected one of: alpha, beta'],
    ['release-unsafe-href.mdx', '6:43 <Release> prop "href" is "javascript:alert(1)"; expected an https:// URL'],
    [
      'event-no-offset.mdx',
      '6:21 <Event> prop "start" is "2024-01-12 19:00"; expected a date and time with its offset, such as "2023-01-12T19:00+08:00", or a day, "2023-01-12"',
    ],
    ['event-end-before-start.mdx', '6:52 <Event> end "2024-01-12T18:00+08:00" is before its start "2024-01-12T19:00+08:00"'],
    ['event-misplaced.mdx', '7:1 <Event> cannot be placed inside <TaskBoard>'],
    ['event-unsafe-poster.mdx', '6:40 <Event> prop "poster" is "javascript:alert(1)"; expected an https:// URL'],
  ])('%s', (fixture, expected) => {
    expect(errorsFor(fixture)).toEqual([expected])
  })

  it('has a test for every invalid fixture', () => {
    expect(untestedFixtures(import.meta.filename, 'invalid')).toEqual([])
  })
})

describe('file-level rules', () => {
  it('refuses a file name that is not YYYY-MM-DD.mdx', () => {
    expect(errorsFor('missing-title.mdx', 'Weekly 5.mdx')).toContain(
      '1:1 file name "Weekly 5.mdx" is not an issue name; expected YYYY-MM-DD.mdx (lowercase, optionally YYYY-MM-DD-name.mdx)',
    )
  })

  it('asks for a lowercase file name (uppercase-file-name.mdx)', () => {
    expect(errorsFor('uppercase-file-name.mdx', fixtureFileName('uppercase-file-name.mdx'))).toEqual([
      '1:1 file name "2024-01-05-News.mdx" must be lowercase; rename it to "2024-01-05-news.mdx"',
    ])
  })

  it('refuses a slug that another issue has in other letter case (duplicate-slug.mdx)', () => {
    expect(errorsFor('duplicate-slug.mdx', fixtureFileName('duplicate-slug.mdx'))).toEqual([
      '1:1 file name "2024-01-12.MDX" must be lowercase; rename it to "2024-01-12.mdx"',
      '1:1 slug "2024-01-12" is already used by 2024-01-12.mdx; every issue needs its own file name, whatever its letter case',
    ])
  })

  it('refuses a file larger than 1 MB (generated: too big to keep as a fixture)', () => {
    const dir = makeContentDir({ '2024-01-05.mdx': `${readFixture('missing-title.mdx')}\n${'a'.repeat(MAX_FILE_BYTES)}\n` })
    expect(contentErrorOf(dir)?.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 file is 1.0 MB; content files may be at most 1 MB',
    ])
  })

  it('refuses a folder inside weekly/, whose issues would never be published', () => {
    const dir = makeContentDir()
    fs.mkdirSync(path.join(dir, 'weekly', '2024'))
    fs.writeFileSync(path.join(dir, 'weekly', '2024', '01-19.mdx'), readFixture('missing-title.mdx'))
    expect(contentErrorOf(dir)?.problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.message}`)).toEqual([
      '2024:1:1 folder "2024" is not read; put each issue directly in weekly/ as YYYY-MM-DD.mdx',
    ])
  })

  it('refuses a file that is not UTF-8', () => {
    const dir = makeContentDir({ '2024-01-05.mdx': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]) })
    expect(() => readContent(dir)).toThrow(/2024-01-05\.mdx:1:1 file is not valid UTF-8; save it as UTF-8/)
  })

  it('reports props with the wrong shape at the prop', () => {
    const dir = makeContentDir({
      '2024-01-05.mdx': '---\ntitle: T\ndate: 2024-01-05\n---\n\n<ReadingList>\n  <Reading title="x" href="data:text/html,hi" colour="red" />\n</ReadingList>\n',
    })
    expect(contentErrorOf(dir)?.problems.map(formatProblem).map((line) => line.replace(/^.*\.mdx:/, ''))).toEqual([
      '7:22 <Reading> prop "href" is "data:text/html,hi"; expected an http(s):, mailto: or site-relative URL',
      '7:47 <Reading> unknown prop "colour"; <Reading> takes "title", "href", "source"',
    ])
  })

  it('lists every error of every file in one ContentError', () => {
    const dir = makeContentDir({
      '2024-01-05.mdx': readFixture('missing-title.mdx'),
      '2024-01-06.mdx': readFixture('js-expression.mdx').replace('2024-01-05', '2024-01-06'),
    })
    expect(() => readContent(dir)).toThrow(
      /Content has 2 errors in 2 files:\n.*2024-01-05\.mdx:2:1 missing required field "title"\n.*2024-01-06\.mdx:6:18 JavaScript expression/,
    )
  })

  it('reports bad site settings and projects at their line', () => {
    const dir = makeContentDir()
    fs.appendFileSync(path.join(dir, 'projects.yaml'), '- id: Bad Id\n  name: X\n  repo: http://insecure.example.org\n  description: y\n')
    expect(() => readContent(dir)).toThrow(
      /Content has 2 errors in 1 file:\n.*projects\.yaml:9:3 field "id" in item 3 is "Bad Id"; expected a project id[^\n]*\n.*projects\.yaml:11:3 field "repo" in item 3 is "http:\/\/insecure\.example\.org"; expected an https:\/\/ URL$/,
    )
  })
})
