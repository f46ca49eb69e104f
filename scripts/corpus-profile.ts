/**
 * The shape of real issues, measured from an imported archive, so synthetic issues (scripts/generate-issues.ts) are
 * as large and as varied as real ones: prose, release notes, Q&As with their code blocks, tasks, reading lists.
 * Usage: npm run generate:issues -- --measure <content dir> [--out scripts/corpus-profile.json]
 *
 * Only sizes are kept (lengths and counts), never text: the profile can be committed, the archive cannot.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Nodes, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import { toString } from 'mdast-util-to-string'
import { z } from 'zod'

import { readContent } from '@/lib/content/load'

const count = z.number().int().nonnegative()

const answerShapeSchema = z.strictObject({
  /** Characters of prose. */
  length: count,
  /** Lines of each code block in the answer. */
  code: z.array(count),
})

const issueShapeSchema = z.strictObject({
  /** Characters of each prose paragraph or list item outside components and release notes. */
  prose: z.array(count),
  /** Characters of each paragraph that other issues repeat word for word (the project's standard introduction). */
  boilerplate: z.array(count),
  /** For each release announced, the characters of each of its change notes. */
  releases: z.array(z.array(count)),
  qa: z.array(z.strictObject({ question: count, answers: z.array(answerShapeSchema) })),
  tasks: count,
  reading: count,
  contributors: count,
  /** Share of Latin letters and digits among the letters of the issue's text, 0 to 1. */
  latin: z.number().min(0).max(1),
})

// Strict: a profile holds sizes only, never a field that could carry the archive's text.
export const corpusProfileSchema = z.strictObject({
  /** Where it was measured, for the record. */
  source: z.string(),
  issues: z.array(issueShapeSchema).min(1),
})

export type IssueShape = z.infer<typeof issueShapeSchema>
export type CorpusProfile = z.infer<typeof corpusProfileSchema>

/** The profile measured from the 27 SOFA Weekly issues of ../shared/corpus, imported with `npm run import:hugo`. */
export const DEFAULT_PROFILE_FILE = path.join(import.meta.dirname, 'corpus-profile.json')

export function readCorpusProfile(file: string = DEFAULT_PROFILE_FILE): CorpusProfile {
  return corpusProfileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))
}

const RELEASE_HEADING = /发布|release|进展/i
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const LATIN = /[A-Za-z0-9]/g

function isElement(node: Nodes, name: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === name
}

function elements(node: Nodes, name: string): MdxJsxFlowElement[] {
  if (isElement(node, name)) return [node]
  return 'children' in node ? node.children.flatMap((child) => elements(child, name)) : []
}

function textLength(node: Nodes): number {
  return [...toString(node).replace(/\s+/g, ' ').trim()].length
}

/** Paragraphs and list items as separate lengths: how they are written. */
function blockLengths(node: RootContent): number[] {
  if (node.type === 'list') return node.children.map(textLength).filter((n) => n > 0)
  if (node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'table') return [textLength(node)].filter((n) => n > 0)
  return []
}

function measureAnswer(answer: MdxJsxFlowElement): z.infer<typeof answerShapeSchema> {
  const code: number[] = []
  let length = 0
  for (const child of answer.children) {
    if (child.type === 'code') code.push(child.value.split('\n').length)
    else length += textLength(child)
  }
  return { length, code }
}

/** Paragraphs of at least 40 characters found in three issues or more. */
function findBoilerplate(trees: readonly Root[]): Set<string> {
  const seen = new Map<string, number>()
  for (const tree of trees) {
    const paragraphs = new Set(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node).trim()))
    for (const text of paragraphs) if ([...text].length >= 40) seen.set(text, (seen.get(text) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, issues]) => issues >= 3).map(([text]) => text))
}

export function measureIssueShape(tree: Root, text: string, boilerplate: ReadonlySet<string> = new Set()): IssueShape {
  const shape: IssueShape = { prose: [], boilerplate: [], releases: [], qa: [], tasks: 0, reading: 0, contributors: 0, latin: 0 }
  let inReleases = false
  for (const node of tree.children) {
    if (node.type === 'heading') {
      inReleases = RELEASE_HEADING.test(toString(node))
      continue
    }
    if (inReleases && node.type === 'list') shape.releases.push(node.children.map(textLength))
    else if (node.type === 'paragraph' && boilerplate.has(toString(node).trim())) shape.boilerplate.push(textLength(node))
    else shape.prose.push(...blockLengths(node))
    for (const qa of elements(node, 'QA')) {
      const question = qa.children.find((child) => isElement(child, 'Question'))
      shape.qa.push({
        question: question ? textLength(question) : 0,
        answers: qa.children.filter((child): child is MdxJsxFlowElement => isElement(child, 'Answer')).map(measureAnswer),
      })
    }
    shape.tasks += elements(node, 'Task').length
    shape.reading += elements(node, 'Reading').length
    shape.contributors += elements(node, 'Contributor').length
  }
  const cjk = text.match(CJK)?.length ?? 0
  const latin = text.match(LATIN)?.length ?? 0
  shape.latin = cjk + latin ? Math.round((latin / (cjk + latin)) * 100) / 100 : 0
  return shape
}

export function measureCorpusProfile(contentDir: string, source = contentDir): CorpusProfile {
  const { issues } = readContent(contentDir)
  const parsed = issues.map((issue) => ({ tree: issue.tree, text: issue.text }))
  const boilerplate = findBoilerplate(parsed.map(({ tree }) => tree))
  return { source, issues: parsed.map(({ tree, text }) => measureIssueShape(tree, text, boilerplate)) }
}
