import matter from 'gray-matter'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFileMessage } from 'vfile-message'

import { extractBlocks, type IssueBlocks } from './blocks'
import { plainText } from './plain-text'
import { checkImageReference } from './images'
import { checkMarkupLimits, checkTreeDepth } from './limits'
import { warnTrackingParameters } from './links'
import type { ProblemList } from './problems'
import { frontMatterSchema, type FrontMatter } from './schema'
import { parseYaml } from './yaml'

export interface Issue extends Omit<FrontMatter, 'lang'>, IssueBlocks {
  slug: string
  /** The file as a maintainer finds it in the repository, e.g. `content/weekly/2022-05-27.mdx`. */
  file: string
  /** The file name inside the content folder's `weekly/`, for edit links. */
  fileName: string
  lang?: string
  /**
   * The body's MDX syntax tree, validated, with block and heading ids assigned. Every output (the issue page, the
   * Q&A and task views, feeds, search, excerpts) is made from this one tree; the source text is never parsed again.
   */
  tree: Root
  /** Everything a reader can read in the issue as plain text: prose, Q&A, task and reading titles, for search. */
  text: string
  /** Estimated minutes to read, counting Chinese characters and Latin words at their own reading speeds. */
  readingMinutes: number
}

/** Typical silent reading speeds: Chinese characters and English words per minute. */
const CJK_CHARS_PER_MINUTE = 400
const WORDS_PER_MINUTE = 230

export function estimateReadingMinutes(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0
  const words = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0
  return Math.max(1, Math.round(cjk / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE))
}

/** `2022-05-27.mdx`, or `2022-05-27-special.mdx` for a second issue on one day. */
export const ISSUE_FILE_NAME = /^(\d{4}-\d{2}-\d{2})(-[a-z0-9]+(?:-[a-z0-9]+)*)?\.mdx$/

const FENCE = /^---[ \t]*\r?$/

function refuse(): never {
  throw new Error('only YAML front matter is allowed')
}

export interface ParseContext {
  projectIds: ReadonlySet<string> | undefined
}

/** The MDX dialect of issue bodies; also used to parse Markdown fragments elsewhere. */
export const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm)

/**
 * Parses one issue file: front matter (YAML only, never evaluated), then the MDX body into a syntax tree, from which
 * the blocks are extracted. Every problem goes to `problems`; the issue is returned only if there was no error.
 */
export function parseIssueFile(
  source: string,
  fileName: string,
  problems: ProblemList,
  { projectIds }: ParseContext,
): Issue | undefined {
  const nameMatch = ISSUE_FILE_NAME.exec(fileName)
  if (!nameMatch && ISSUE_FILE_NAME.test(fileName.toLowerCase())) {
    // The name is the page's address: one that differs only in case breaks on case-insensitive file systems.
    problems.error(undefined, `file name "${fileName}" must be lowercase; rename it to "${fileName.toLowerCase()}"`)
  } else if (!nameMatch) {
    problems.error(
      undefined,
      `file name "${fileName}" is not an issue name; expected YYYY-MM-DD.mdx (lowercase, optionally YYYY-MM-DD-name.mdx)`,
    )
  }

  // CRLF files (Windows editors) read as LF: the same lines and columns, and no \r left at the end of a YAML value.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const firstLine = text.split('\n', 1)[0] ?? ''
  if (!firstLine.startsWith('---')) {
    problems.error({ line: 1, column: 1 }, 'missing front matter; start the file with a line "---", the YAML fields, and "---"')
    return undefined
  }
  if (!FENCE.test(firstLine)) {
    // gray-matter would evaluate `---js` front matter with eval(); it never sees such a file.
    problems.error(
      { line: 1, column: 4 },
      `front matter must be YAML: the first line must be exactly "---", found "${firstLine.trim()}" (other languages are refused, never evaluated)`,
    )
    return undefined
  }

  const file = matter(text, {
    language: 'yaml',
    engines: { yaml: () => ({}), js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, json: refuse, toml: refuse },
  })
  if (!text.endsWith(file.content) || file.matter === undefined) {
    problems.error({ line: 1, column: 1 }, 'front matter is not closed; add a line "---" after the YAML fields')
    return undefined
  }
  const bodyStart = text.length - file.content.length
  const lineOffset = countLines(text.slice(0, bodyStart))
  if (lineOffset < 2 || file.content === text) {
    problems.error({ line: 1, column: 1 }, 'front matter is not closed; add a line "---" after the YAML fields')
    return undefined
  }

  const frontMatter = parseYaml(file.matter, frontMatterSchema, problems)
  if (frontMatter?.cover) {
    warnTrackingParameters(problems, lineOf(file.matter, 'cover'), frontMatter.cover, 'cover')
    checkImageReference(problems, lineOf(file.matter, 'cover'), frontMatter.cover, 'cover')
  }
  const date = nameMatch?.[1]
  if (frontMatter && date && frontMatter.date !== date) {
    problems.error(
      lineOf(file.matter, 'date'),
      `field "date" is "${frontMatter.date}" but the file name says ${date}; they must be the same day`,
    )
  }

  if (!checkMarkupLimits(file.content, lineOffset, problems)) return undefined
  let tree: Root
  try {
    tree = mdxParser.parse(file.content)
  } catch (error) {
    const { at, reason } = describeMdxError(error, lineOffset)
    problems.error(at, `MDX does not parse: ${reason}`)
    return undefined
  }
  if (!checkTreeDepth(tree, lineOffset, problems)) return undefined
  const blocks = extractBlocks(tree, { lineOffset, projectIds, problems })

  if (!frontMatter || !nameMatch || problems.hasErrors) return undefined
  const readable = [
    plainText(tree),
    ...blocks.tasks.map((task) => task.title),
    ...blocks.reading.map((item) => item.title),
    ...blocks.contributors.flatMap((block) => block.people.map((p) => [p.name, p.login, p.contribution].filter(Boolean).join(' '))),
  ]
    .join('\n')
    // Line by line, not one regular expression over the whole text: `[ \t]*\n` backtracks quadratically on a long run
    // of spaces without a line break.
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
  return {
    ...frontMatter,
    ...blocks,
    slug: fileName.replace(/\.mdx$/, ''),
    file: problems.file,
    fileName,
    tree,
    text: readable,
    readingMinutes: estimateReadingMinutes(readable),
  }
}

function countLines(text: string): number {
  let lines = 0
  for (const char of text) if (char === '\n') lines++
  return lines
}

/** Line of a top-level key in the front matter; the file's line 1 is the opening fence. */
function lineOf(yamlText: string, key: string): { line: number; column: number } {
  const index = yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`))
  return { line: index === -1 ? 1 : index + 1, column: 1 }
}

/**
 * Where an MDX parse error is, in file lines. Some errors (an unclosed tag) carry no place of their own, only a
 * range inside their reason, relative to the body: shift those too, so every number a maintainer reads is a file line.
 */
function describeMdxError(error: unknown, lineOffset: number): { at: { line: number; column: number }; reason: string } {
  const raw = error instanceof VFileMessage ? error.reason : error instanceof Error ? error.message : String(error)
  const reason = (raw.split('\n')[0] ?? raw).replace(
    /\((\d+):(\d+)-(\d+):(\d+)\)/g,
    (_, l1: string, c1: string, l2: string, c2: string) =>
      `(${Number(l1) + lineOffset}:${c1}-${Number(l2) + lineOffset}:${c2})`,
  )
  if (error instanceof VFileMessage && error.line) return { at: { line: error.line + lineOffset, column: error.column ?? 1 }, reason }
  const range = /\((\d+):(\d+)-/.exec(reason)
  return { at: range ? { line: Number(range[1]), column: Number(range[2]) } : { line: lineOffset + 1, column: 1 }, reason }
}
