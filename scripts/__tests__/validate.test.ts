import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'

import { FIXTURES, fixtureFileName, makeContentDir, readFixture, VALID_CONTENT } from '@/lib/content/__tests__/helpers'
import { formatAnnotation } from '@/lib/content/problems'

import { run } from '@/tests/project-copy'

import { validate } from '../validate'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('npm run validate', () => {
  it('exits 0 on the sample content, listing its warnings', () => {
    const { exitCode, stdout, stderr } = validate([], path.join(ROOT, 'content'))
    expect(exitCode).toBe(0)
    expect(stdout.every((line) => / warning: /.test(line))).toBe(true)
    expect(stderr).toEqual([`content: 3 issues checked, 0 errors and ${stdout.length} warnings`])
  })

  it.each(fs.readdirSync(path.join(FIXTURES, 'invalid')))('exits 1 on %s, naming file, line and column', (fixture) => {
    const name = fixtureFileName(fixture)
    const dir = makeContentDir({ [name]: readFixture(fixture) })
    const { exitCode, stdout } = validate([], dir)
    fs.rmSync(dir, { recursive: true, force: true })
    expect(exitCode).toBe(1)
    const errors = stdout.filter((line) => !line.includes(' warning: '))
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((line) => line.startsWith(`${dir}/weekly/${name}:`))).toBe(true)
  })

  it('prints every problem of every file at once, as path:LINE:COL message', () => {
    const dir = makeContentDir({
      '2024-01-05.mdx': readFixture('missing-title.mdx'),
      '2024-01-06.mdx': readFixture('script.mdx').replace('2024-01-05', '2024-01-06'),
    })
    const { exitCode, stdout, stderr } = validate([], dir)
    fs.rmSync(dir, { recursive: true, force: true })
    expect(exitCode).toBe(1)
    expect(stdout).toEqual([
      `${dir}/weekly/2024-01-05.mdx:2:1 missing required field "title"`,
      `${dir}/weekly/2024-01-06.mdx:8:1 <script> is not allowed: content never runs code or embeds other pages`,
      `${dir}/weekly/2024-01-12.mdx:10:3 warning: <Task> has no difficulty; add difficulty="easy", "medium" or "hard" (only tasks imported from an archive that never stated one may leave it out)`,
    ])
    expect(stderr).toEqual([`${dir}: 2 errors and 1 warning; the site cannot be built until every error is fixed`])
  })

  it('--format github prints workflow annotations', () => {
    const dir = makeContentDir({ '2024-01-05.mdx': readFixture('unknown-project.mdx') })
    const { stdout } = validate(['--format', 'github'], dir)
    fs.rmSync(dir, { recursive: true, force: true })
    expect(stdout).toEqual([
      `::error file=${dir}/weekly/2024-01-05.mdx,line=7,col=9::<Task> prop "project" is "gamma", which is not in content/projects.yaml; expected one of: alpha, beta`,
      `::warning file=${dir}/weekly/2024-01-12.mdx,line=10,col=3::<Task> has no difficulty; add difficulty="easy", "medium" or "hard" (only tasks imported from an archive that never stated one may leave it out)`,
    ])
  })

  it('escapes annotation values as the runner expects', () => {
    expect(formatAnnotation({ file: 'a,b:c.mdx', line: 1, column: 2, message: '50% done\nnext: x', severity: 'error' })).toBe(
      '::error file=a%2Cb%3Ac.mdx,line=1,col=2::50%25 done%0Anext: x',
    )
  })

  it('refuses an unknown option or format with exit 2', () => {
    expect(validate(['--format', 'xml'], VALID_CONTENT)).toMatchObject({ exitCode: 2, stderr: [expect.stringContaining('unknown format "xml"'), expect.any(String)] })
    expect(validate(['--strict'], VALID_CONTENT).exitCode).toBe(2)
  })
})

describe('content that would run code', () => {
  it('the fixtures do write their marker file when run, so the absence of one proves nothing ran', () => {
    const markers = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-markers-'))
    const fixture = (name: string) => readFixture(name).replace('__MARKER__', path.join(markers, name))
    // gray-matter evaluates `---js` front matter with eval(): the content layer never lets it see such a file.
    matter(fixture('writes-file-front-matter.mdx'))
    // The MDX expression and the export's initialiser are plain JavaScript.
    new Function(/^\{(.+)\}$/m.exec(fixture('writes-file-expression.mdx'))?.[1] ?? '')()
    new Function(/^export const \w+ = (.+)$/m.exec(fixture('writes-file-export.mdx'))?.[1] ?? '')()
    expect(fs.readdirSync(markers).toSorted()).toEqual(['writes-file-export.mdx', 'writes-file-expression.mdx', 'writes-file-front-matter.mdx'])
    fs.rmSync(markers, { recursive: true, force: true })
  })

  it('is refused by npm run validate, and nothing runs', { timeout: 60_000 }, () => {
    const markers = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-markers-'))
    const dir = makeContentDir()
    for (const [name, fixture] of [
      ['2024-02-01.mdx', 'writes-file-front-matter.mdx'],
      ['2024-01-05.mdx', 'writes-file-expression.mdx'],
      ['2024-01-12.mdx', 'writes-file-export.mdx'],
    ] as const) {
      const text = readFixture(fixture).replace('__MARKER__', path.join(markers, fixture)).replace('2024-01-05', name.slice(0, 10))
      fs.writeFileSync(path.join(dir, 'weekly', name), text)
    }

    const { status, output } = run('npm', ['run', '--silent', 'validate'], ROOT, { CONTENT_DIR: dir })
    expect(status).toBe(1)
    expect(output).toContain(`${dir}/weekly/2024-02-01.mdx:1:4 front matter must be YAML`)
    expect(output).toContain(`${dir}/weekly/2024-01-05.mdx:6:1 JavaScript expression {process.getBuiltinModule`)
    expect(output).toContain(`${dir}/weekly/2024-01-12.mdx:6:1 export is not allowed in content`)
    expect(fs.readdirSync(markers)).toEqual([])
    fs.rmSync(dir, { recursive: true, force: true })
    fs.rmSync(markers, { recursive: true, force: true })
  })
})
