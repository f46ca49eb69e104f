import fs from 'node:fs'
import path from 'node:path'

import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import { parseIssueFile, type Issue } from '../../content/issue'
import { formatProblem, ProblemList } from '../../content/problems'
import { convertHugoIssue, type ConvertedIssue } from '../convert'
import { ProjectRegistry } from '../projects'
import { formatWarning } from '../warnings'

export const FIXTURES = path.join(import.meta.dirname, 'fixtures')
export const BASE_URL = 'https://legacy.example.org'

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8')
}

/** A registry that knows two projects, as content/projects.yaml would. */
export function testRegistry(): ProjectRegistry {
  return new ProjectRegistry([
    { id: 'alpha', name: 'Alpha', repo: 'https://github.com/example/alpha', description: 'The alpha project.' },
    { id: 'beta', name: 'Beta', repo: 'https://github.com/example/beta', description: 'The beta project.' },
  ])
}

export interface ImportedFixture {
  converted: ConvertedIssue
  /** The converted issue as the content layer reads it: the proof that it validates. */
  issue: Issue
  /** The MDX body the importer wrote (after the front matter), as the content layer parsed it. */
  body: string
  warnings: string[]
  registry: ProjectRegistry
}

/** Converts a legacy text and reads the result back through the content layer, failing on any content error. */
export function importText(text: string, sourceName: string, registry = testRegistry()): ImportedFixture {
  const converted = convertHugoIssue(text, { sourceName, registry, baseUrl: BASE_URL })
  const problems = new ProblemList(`${converted.frontMatter.date}.mdx`)
  const issue = parseIssueFile(converted.mdx, `${converted.frontMatter.date}.mdx`, problems, { projectIds: registry.ids })
  if (!issue) throw new Error(`converted ${sourceName} does not validate:\n${problems.items.map(formatProblem).join('\n')}\n\n${converted.mdx}`)
  const body = converted.mdx.slice(converted.mdx.indexOf('\n---', 3) + 4).replace(/^\r?\n/, '')
  return { converted, issue, body, warnings: converted.warnings.map(formatWarning), registry }
}

/** The Markdown an element of the body holds, as written in the file (its indentation in JSX removed). */
export function markdownInside(body: string, element: { children: { position?: { start: { offset?: number }; end: { offset?: number } } }[] }): string {
  const first = element.children[0]?.position?.start.offset
  const last = element.children.at(-1)?.position?.end.offset
  if (first === undefined || last === undefined) return ''
  const lines = body.slice(first, last).split('\n')
  const indents = lines.slice(1).filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0)
  const indent = indents.length ? Math.min(...indents) : 0
  return [lines[0] ?? '', ...lines.slice(1).map((l) => l.slice(indent))].join('\n').trim()
}

export function importFixture(name: string, registry = testRegistry()): ImportedFixture {
  return importText(readFixture(name), name, registry)
}

const markdownParser = unified().use(remarkParse).use(remarkGfm)

/** Paragraphs of a legacy issue that start an answer (`A：`, `A:`), counted on the Markdown tree. */
export function countAnswerParagraphs(markdown: string): number {
  let count = 0
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' && /^\s*[AＡ]\s*[：:]/.test(toString(node))) count++
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(markdownParser.parse(markdown.replace(/^---[\s\S]*?\n---\n/, '')))
  return count
}
