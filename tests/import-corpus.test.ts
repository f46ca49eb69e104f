import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Nodes, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readContent, type Content } from '@/lib/content/load'
import { isSafeUrl } from '@/lib/content/schema'
import { countAnswerParagraphs } from '@/lib/importer/__tests__/helpers'
import { resolveUrl } from '@/lib/importer/markdown'

import { copyProject, run } from './project-copy'

/**
 * The real archive: 27 SOFA Weekly issues from every era of the legacy format. It lives beside the repository,
 * never in it; CI always has it, and without it these tests skip.
 */
const ROOT = path.resolve(import.meta.dirname, '..')
const CORPUS = path.resolve(ROOT, '../shared/corpus/sofa-weekly')
const BASE_URL = 'https://www.sofastack.tech'

interface ReportEntry {
  source: string
  output: string | null
  status: string
  qa: number
  tasks: number
  reading: number
  releases: number
  events: number
  warnings: string[]
}

const markdown = unified().use(remarkParse).use(remarkGfm)

function linksOf(nodes: readonly Nodes[]): { url: string; text: string }[] {
  const links: { url: string; text: string }[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'link') links.push({ url: node.url, text: toString(node) })
    if ('children' in node) for (const child of node.children) visit(child)
  }
  for (const node of nodes) visit(node)
  return links
}

function isTitle(node: RootContent): boolean {
  return node.type === 'heading' || (node.type === 'paragraph' && node.children.every((c) => c.type === 'strong' || (c.type === 'text' && !c.value.trim())))
}

/** Links of the legacy file's reading-list sections, headed by a heading or a bold line (`**本周推荐阅读**`). */
function readingLinks(source: string): string[] {
  const blocks = markdown.parse(source.replace(/^---[\s\S]*?\n---\n/, '')).children
  const links: string[] = []
  let inReading = false
  for (const node of blocks) {
    if (isTitle(node)) inReading = /推荐阅读|系列阅读|特辑阅读|回顾集合|文章集合|集锦/.test(toString(node))
    else if (inReading) links.push(...linksOf([node]).map((link) => resolveUrl(link.url, BASE_URL)))
  }
  return links
}

/** Every URL an imported issue links to: Markdown links and the href of every component. */
function issueUrls(tree: Nodes): Set<string> {
  const urls = new Set<string>()
  const visit = (node: Nodes): void => {
    if (node.type === 'link') urls.add(node.url)
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') urls.add(attribute.value)
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return urls
}

describe.skipIf(!fs.existsSync(CORPUS))('importing the SOFA Weekly archive', { timeout: 600_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-corpus-'))
  const contentDir = path.join(dir, 'content')
  const reportFile = path.join(dir, 'report.json')
  const sources = fs.readdirSync(CORPUS).filter((name) => name.endsWith('.md'))
  let report: ReportEntry[] = []
  let content: Content
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  beforeAll(() => {
    const started = performance.now()
    const { status, output } = run('npx', ['tsx', 'scripts/import-hugo.ts', CORPUS, '--out', path.join(contentDir, 'weekly'), '--json', reportFile], ROOT)
    console.log(`import:hugo of ${sources.length} files: ${((performance.now() - started) / 1000).toFixed(1)} s (process included)\n${output.split('\n').slice(-3).join('\n')}`)
    if (status !== 0) throw new Error(`import:hugo failed:\n${output}`)
    report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ReportEntry[]
  })

  it('imports every file into a content folder that validates', () => {
    expect(report.map((entry) => entry.status)).toEqual(sources.map(() => 'new'))
    const validate = run('npm', ['run', '--silent', 'validate'], path.resolve('.'), { CONTENT_DIR: contentDir })
    expect({ status: validate.status, errors: validate.output.split('\n').filter((line) => /:\d+:\d+ (?!warning:)/.test(line)) }).toEqual({ status: 0, errors: [] })
    content = readContent(contentDir)
    expect(content.issues).toHaveLength(sources.length)
  })

  it('makes one Q&A per answer of the source, in every file', () => {
    const counts = report.map((entry) => ({
      source: path.basename(entry.source),
      answers: countAnswerParagraphs(fs.readFileSync(entry.source, 'utf8')),
      qa: content.issues.find((issue) => entry.output?.endsWith(issue.fileName))?.qa.length,
    }))
    expect(counts.map(({ source, qa }) => ({ source, qa }))).toEqual(counts.map(({ source, answers }) => ({ source, qa: answers })))
    expect(counts.reduce((sum, { answers }) => sum + answers, 0)).toBeGreaterThan(50)
  })

  it('keeps every reading-list link as a <Reading>', () => {
    const perFile = report.map((entry) => ({
      source: path.basename(entry.source),
      reading: content.issues.find((i) => entry.output?.endsWith(i.fileName))?.reading.map((reading) => reading.href),
    }))
    expect(perFile).toEqual(report.map((entry) => ({ source: path.basename(entry.source), reading: readingLinks(fs.readFileSync(entry.source, 'utf8')) })))
  })

  it('keeps every other link, except unsafe ones (each with a warning) and @mentions the legacy editor linked', () => {
    const lost: string[] = []
    const droppedSilently: string[] = []
    for (const entry of report) {
      const issue = content.issues.find((i) => entry.output?.endsWith(i.fileName))
      const kept = issue ? issueUrls(issue.tree) : new Set<string>()
      const source = fs.readFileSync(entry.source, 'utf8').replace(/^---[\s\S]*?\n---\n/, '')
      for (const link of linksOf(markdown.parse(source).children)) {
        const url = resolveUrl(link.url, BASE_URL)
        const mention = link.url.startsWith('/') && link.url.slice(1).trim() === link.text.trim().replace(/^@/, '')
        if (!isSafeUrl(url) && !entry.warnings.some((warning) => warning.includes(link.url))) droppedSilently.push(`${entry.source}: ${url}`)
        if (isSafeUrl(url) && !mention && !kept.has(url)) lost.push(`${entry.source}: ${url}`)
      }
    }
    expect(lost).toEqual([])
    expect(droppedSilently).toEqual([])
  })

  it('finds the releases and events of the archive, and checks several by hand', () => {
    const releases = content.issues.flatMap((issue) => issue.releases.map((release) => ({ ...release, slug: issue.slug })))
    const events = content.issues.flatMap((issue) => issue.events.map((event) => ({ ...event, slug: issue.slug })))
    console.log(`releases: ${releases.length} in ${new Set(releases.map((r) => r.slug)).size} issues; events: ${events.length}`)
    expect(report.reduce((sum, entry) => sum + entry.releases, 0)).toBe(releases.length)
    expect(report.reduce((sum, entry) => sum + entry.events, 0)).toBe(events.length)
    // The project of a release comes from a link (its notes, else a link to its repository), never from its name alone.
    expect(releases.length).toBe(11)
    expect(events.length).toBe(8)
    const release = (slug: string, version: string) => releases.find((r) => r.slug === slug && r.version === version)
    expect(release('2019-09-20', 'v0.8.1')).toMatchObject({ project: 'seata', href: 'https://github.com/seata/seata/releases/tag/v0.8.1' })
    expect(release('2019-09-20', 'v0.8.1')?.changes.text.split('\n')).toHaveLength(7)
    expect(release('2019-07-19', '1.0.1')).toMatchObject({ project: 'sofa-acts', href: 'https://github.com/sofastack/sofa-acts/releases/tag/1.0.1' })
    expect(release('2021-05-28', 'v5.7.8')).toMatchObject({ project: 'sofa-rpc', href: 'https://github.com/sofastack/sofa-rpc/releases/tag/v5.7.8' })
    expect(release('2021-05-28', 'v5.7.8')?.changes.text.split('\n')).toHaveLength(3)
    // The text says MOSN, the notes are SOFABoot's: the link wins, with a warning.
    expect(release('2020-01-10', 'v3.2.2')).toMatchObject({ project: 'sofa-boot' })
    expect(report.find((entry) => entry.output?.endsWith('2020-01-10.mdx'))?.warnings.join('\n')).toContain('names MOSN but links the notes of sofa-boot')
    expect(release('2021-07-30', 'v0.1.0')).toMatchObject({ project: 'layotto' })
    // `发布 SOFATracer v2.4.2/3.0.8`: the first version, the project from the repository the release links.
    expect(release('2019-11-15', 'v2.4.2')).toMatchObject({ project: 'sofa-tracer' })
    expect(release('2021-05-14', 'V6-alpha')).toMatchObject({ project: 'sofa-registry' })

    const event = (slug: string) => events.filter((e) => e.slug === slug)
    expect(event('2020-07-24')).toEqual([
      expect.objectContaining({
        title: 'SOFAChannel#18：零门槛的机密计算：Occlum LibOS 使用入门和技术揭秘',
        start: '2020-07-30T19:00+08:00',
        end: '2020-07-30T20:00+08:00',
        href: 'https://tech.antfin.com/community/live/1280',
      }),
    ])
    expect(event('2020-03-20')).toEqual([
      expect.objectContaining({ title: 'SOFAChannel#13：云原生网络代理 MOSN 的多协议机制解析', start: '2020-03-26T19:00+08:00', href: 'https://tech.antfin.com/community/live/1131' }),
    ])
    expect(event('2019-11-15')[0]).toMatchObject({ start: '2019-11-24T09:30+08:00', end: '2019-11-24T16:30+08:00', location: expect.stringContaining('北京市朝阳区') })
    expect(event('2023-05-19').map((e) => e.start)).toEqual(['2023-05-17T14:00+08:00', '2023-05-24T14:00+08:00'])
    // A section without a time stays text, with a warning: nothing is lost.
    expect(report.find((entry) => entry.output?.endsWith('2019-07-26.mdx'))?.warnings.join('\n')).toContain('gives no time (时间：…); kept as text')
  })

  it('changes nothing when run again', () => {
    const { status, output } = run('npx', ['tsx', 'scripts/import-hugo.ts', CORPUS, '--out', path.join(contentDir, 'weekly')], ROOT)
    expect({ status, summary: output.split('\n').at(-3) }).toMatchObject({ status: 0, summary: expect.stringContaining(`: 0 written, ${sources.length} unchanged, 0 kept, 0 failed`) })
  })

  it('builds: next build succeeds on the imported archive', () => {
    const project = copyProject()
    try {
      const started = performance.now()
      const { status, output } = run('npx', ['next', 'build'], project, { CONTENT_DIR: contentDir })
      console.log(`next build of the imported archive: ${((performance.now() - started) / 1000).toFixed(1)} s`)
      expect({ status, output }).toMatchObject({ status: 0, output: expect.stringContaining('/weekly/[slug]') })
    } finally {
      fs.rmSync(project, { recursive: true, force: true })
    }
  })
})
