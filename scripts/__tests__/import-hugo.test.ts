import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

import { readContent } from '@/lib/content/load'
import { contentHash } from '@/lib/images/policy'
import { makeImage, serve, startServer } from '@/lib/images/__tests__/helpers'
import { FIXTURES } from '@/lib/importer/__tests__/helpers'
import { run } from '@/tests/project-copy'

const ROOT = path.resolve(import.meta.dirname, '../..')

function importHugo(...args: string[]): { status: number | null; output: string } {
  return run('npx', ['tsx', 'scripts/import-hugo.ts', ...args, '--base-url', 'https://legacy.example.org'], ROOT)
}

describe('npm run import:hugo', { timeout: 120_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-import-'))
  const weekly = path.join(dir, 'content', 'weekly')
  const report = path.join(dir, 'report.json')
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('writes nothing on a dry run', () => {
    const { status, output } = importHugo(FIXTURES, '--out', weekly, '--dry-run')
    expect(status).toBe(0)
    expect(output).toContain('(dry run: nothing is written)')
    expect(output).toContain('5 files in')
    expect(fs.existsSync(path.join(dir, 'content'))).toBe(false)
  })

  it('imports a folder into a fresh content folder that the site can read, with progress, summary and report', () => {
    const { status, output } = importHugo(FIXTURES, '--out', weekly, '--json', report)
    expect(status).toBe(0)
    expect(output).toContain('[1/5] contributors.md → 2021-03-26.mdx  written  (0 Q&A, 0 tasks, 1 reading')
    expect(output).toContain('[3/5] qa-variants.md → 2021-03-05.mdx  written  (9 Q&A, 0 tasks, 0 reading, ')
    expect(output).toContain('    warning: line 79: question from @周八 has no answer ("A：") after it; kept as Markdown after the Q&A\n')
    expect(output).toContain('Added 3 projects to')
    // Warnings: the importer's, plus any the content checks give the converted issues.
    expect(output).toMatch(/5 files in [\d.]+ s: 5 written, 0 unchanged, 0 kept, 0 failed\n9 Q&A, 9 tasks, 7 reading links, \d+ releases?, \d+ events?, \d+ warnings/)

    const content = readContent(path.join(dir, 'content'))
    expect(content.issues).toHaveLength(5)
    expect(content.projects.map((p) => p.id)).toEqual(['alpha', 'beta', 'gamma'])
    expect(content.site.name).toBe('Example Weekly')

    const entries = JSON.parse(fs.readFileSync(report, 'utf8')) as Record<string, unknown>[]
    expect(entries.map((entry) => Object.keys(entry))).toEqual(entries.map(() => ['source', 'output', 'status', 'qa', 'tasks', 'reading', 'releases', 'events', 'warnings']))
    expect(entries[2]).toMatchObject({
      source: expect.stringMatching(/fixtures\/qa-variants\.md$/),
      output: path.join(weekly, '2021-03-05.mdx'),
      qa: 9,
      tasks: 0,
      reading: 0,
      warnings: expect.arrayContaining(['line 79: question from @周八 has no answer ("A：") after it; kept as Markdown after the Q&A']),
    })
  })

  it('changes nothing when run again', () => {
    const before = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => [name, fs.statSync(path.join(dir, name)).mtimeMs])
    const { status, output } = importHugo(FIXTURES, '--out', weekly)
    expect(status).toBe(0)
    expect(output).toContain('5 files in')
    expect(output).toContain(': 0 written, 5 unchanged, 0 kept, 0 failed')
    expect(output).not.toContain('Added')
    const after = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => [name, fs.statSync(path.join(dir, name)).mtimeMs])
    expect(after).toEqual(before)
  })

  it('keeps a file edited since, unless --force', () => {
    const file = path.join(weekly, '2021-03-12.mdx')
    fs.appendFileSync(file, '\nEdited by a maintainer.\n')
    const kept = importHugo(path.join(FIXTURES, 'tasks.md'), '--out', weekly)
    expect(kept.output).toContain('2021-03-12.mdx  kept')
    expect(fs.readFileSync(file, 'utf8')).toContain('Edited by a maintainer.')
    const forced = importHugo(path.join(FIXTURES, 'tasks.md'), '--out', weekly, '--force')
    expect(forced.output).toContain('2021-03-12.mdx  replaced')
    expect(fs.readFileSync(file, 'utf8')).not.toContain('Edited by a maintainer.')
  })

  it('names what is wrong with the command line', () => {
    expect(importHugo().output).toContain('name the files or folders to import')
    expect(importHugo(path.join(dir, 'missing')).output).toContain('does not exist')
  })
})

describe('npm run import:hugo -- --mirror-images', { timeout: 120_000 }, () => {
  it("mirrors the imported issues' images into the public folder, and keeps the ones it cannot get", async () => {
    const png = await makeImage('png', 900, 383)
    const server = await startServer({ '/poster.png': serve(png, 'image/png') })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-import-images-'))
    const source = path.join(dir, 'legacy.md')
    fs.writeFileSync(
      source,
      `---\ntitle: "Example Weekly | 活动"\ndate: 2021-03-19T15:00:00+08:00\n---\n\n### 活动\n\n![活动海报](${server.origin}/poster.png)\n\n![旧图](${server.origin}/gone.png)\n`,
    )
    const weekly = path.join(dir, 'content', 'weekly')
    const publicDir = path.join(dir, 'public')
    // Asynchronously: the server answering the downloads runs in this process.
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/import-hugo.ts', source, '--out', weekly, '--mirror-images', '--allow-host', '127.0.0.1', '--public', publicDir],
      { cwd: ROOT },
    )
    await server.close()
    const mdx = fs.readFileSync(path.join(weekly, '2021-03-19.mdx'), 'utf8')
    const stored = `/images/${contentHash(png)}.png`
    expect(mdx).toContain(`![活动海报](${stored})`)
    expect(mdx).toContain(`![旧图](${server.origin}/gone.png)`)
    expect(fs.readFileSync(path.join(publicDir, stored)).equals(png)).toBe(true)
    expect(stdout).toMatch(new RegExp(`2021-03-19\\.mdx:\\d+:\\d+ warning: image "${server.origin}/gone\\.png" was not mirrored: HTTP 404 Not Found; the reference is unchanged`))
    expect(stdout).toContain('1 image mirrored, 1 reference rewritten in 1 file')
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
