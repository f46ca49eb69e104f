import type { Root, RootContent } from 'mdast'

import { parseIssueFile } from '../content/issue'
import { ProblemList, type ContentProblem } from '../content/problems'
import { isIsoDate } from '../content/schema'
import { convertContributorsSection } from './contributors'
import { convertEventSection } from './events'
import { readFrontMatter, splitFrontMatter, type ImportedFrontMatter } from './frontMatter'
import { cleanLegacyTree, isEmptyBlock, parseLegacyMarkdown, unquoteImages } from './markdown'
import { renderIssueMdx } from './mdx'
import type { ConversionContext } from './nodes'
import type { ProjectRegistry } from './projects'
import { convertQASection } from './qa'
import { convertReadingSection, findWechatAccount } from './reading'
import { convertReleaseSection } from './releases'
import { promoteSectionLines, splitSections } from './sections'
import { convertTaskSection } from './tasks'
import type { ImportWarning } from './warnings'

export interface ConvertOptions {
  /** The legacy file's name, recorded in the issue and checked against its date. */
  sourceName: string
  /** Projects already known; those the file names that are missing are added to it. */
  registry: ProjectRegistry
  /** Where the legacy site lived, to make its site-relative links (`/blog/…`) absolute. */
  baseUrl?: string
}

export interface ImportStats {
  qa: number
  tasks: number
  reading: number
  contributors: number
  releases: number
  events: number
}

export interface ConvertedIssue {
  frontMatter: ImportedFrontMatter
  /** Our issue model: the MDX syntax tree, with the structured parts as components. */
  body: Root
  /** The issue file's text. */
  mdx: string
  stats: ImportStats
  warnings: ImportWarning[]
}

/**
 * Converts one legacy Hugo issue into one of ours: front matter mapped field by field, the Q&A, newcomer tasks,
 * reading list and contributor banner as components, everything else as MDX-safe Markdown. Pure: the caller reads
 * and writes files. Throws an ImportError for a file that cannot be an issue (no front matter, title or date).
 */
export function convertHugoIssue(source: string, { sourceName, registry, baseUrl }: ConvertOptions): ConvertedIssue {
  const warnings: ImportWarning[] = []
  const { yaml, body, bodyLineOffset } = splitFrontMatter(source)
  const frontMatter = readFrontMatter(yaml, warnings)
  checkNameDate(sourceName, frontMatter.date, yaml, warnings)

  const context: ConversionContext = { lineOffset: bodyLineOffset, warnings }
  const tree = parseLegacyMarkdown(body)
  cleanLegacyTree(tree, { source: body, baseUrl }, context)
  promoteSectionLines(tree)
  const account = findWechatAccount(tree)

  const stats: ImportStats = { qa: 0, tasks: 0, reading: 0, contributors: 0, releases: 0, events: 0 }
  const children: RootContent[] = [
    // Where the issue came from, for the next maintainer; a comment is the one expression content may hold.
    { type: 'mdxFlowExpression', value: `/* Imported from ${sourceName.replace(/\*\//g, '* /')} by npm run import:hugo */` },
  ]
  for (const section of splitSections(tree)) {
    if (section.heading) children.push(section.heading)
    const blocks = section.nodes.filter((node) => !isEmptyBlock(node))
    const nodes = section.kind === 'qa' ? blocks : unquoteImages(blocks)
    switch (section.kind) {
      case 'qa': {
        const result = convertQASection(nodes, registry, context)
        stats.qa += result.count
        children.push(...result.nodes)
        break
      }
      case 'tasks': {
        const result = convertTaskSection(nodes, registry, context)
        stats.tasks += result.count
        children.push(...result.nodes)
        break
      }
      case 'reading': {
        const result = convertReadingSection(nodes, account)
        stats.reading += result.count
        children.push(...result.nodes)
        break
      }
      case 'releases': {
        const result = convertReleaseSection(nodes, registry, context)
        stats.releases += result.count
        children.push(...result.nodes)
        break
      }
      case 'events': {
        const result = convertEventSection(section.heading, nodes, frontMatter.date, context)
        stats.events += result.count
        children.push(...result.nodes)
        break
      }
      case 'contributors': {
        const result = convertContributorsSection(section.heading, nodes)
        stats.contributors += result.count
        children.push(...result.nodes)
        break
      }
      default:
        children.push(...nodes)
    }
  }
  const issueTree: Root = { type: 'root', children }
  const byLine = warnings.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { frontMatter, body: issueTree, mdx: renderIssueMdx(frontMatter, issueTree), stats, warnings: byLine }
}

/** `sofa-weekly-20200528.md` dated 2021-05-28: the front matter wins, but a maintainer should know. */
function checkNameDate(sourceName: string, date: string, yaml: string, warnings: ImportWarning[]): void {
  const match = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(sourceName)
  if (!match) return
  const fromName = `${match[1]}-${match[2]}-${match[3]}`
  if (isIsoDate(fromName) && fromName !== date) {
    const line = yaml.split('\n').findIndex((l) => l.startsWith('date:')) + 2
    warnings.push({ line, message: `the file name says ${fromName} but the front matter date is ${date}; the issue is dated ${date}` })
  }
}

/**
 * Checks an imported issue exactly as the site will: the content layer's own parser and validator, with the
 * registry as it will be written. Returns every problem (errors and warnings).
 */
export function checkImportedIssue(mdx: string, fileName: string, projectIds: ReadonlySet<string>): ContentProblem[] {
  const problems = new ProblemList(fileName)
  parseIssueFile(mdx, fileName, problems, { projectIds })
  return problems.items
}
