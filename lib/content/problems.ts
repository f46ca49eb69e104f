import type { z } from 'zod'

export type Severity = 'error' | 'warning'

/** One thing wrong with a content file, located to the character a maintainer must change. */
export interface ContentProblem {
  /** Path as a maintainer sees it in the repository, e.g. `content/weekly/2022-05-27.mdx`. */
  file: string
  line: number
  column: number
  message: string
  severity: Severity
}

export interface Point {
  line: number
  column: number
}

export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : ''
  return `${problem.file}:${problem.line}:${problem.column} ${prefix}${problem.message}`
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * A GitHub Actions workflow command, which the pull request shows as an annotation on the line itself.
 * Values are escaped as the runner expects: `%`, CR and LF everywhere, and `:` and `,` in properties.
 */
export function formatAnnotation(problem: ContentProblem): string {
  return `::${problem.severity} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column}::${escapeData(problem.message)}`
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.toSorted(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  )
}

/** Thrown by the content layer when any file has an error; lists every problem, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[]

  constructor(problems: readonly ContentProblem[]) {
    const errors = sortProblems(problems.filter((p) => p.severity === 'error'))
    const files = new Set(errors.map((p) => p.file)).size
    super(
      `Content has ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:\n` +
        errors.map(formatProblem).join('\n'),
    )
    this.name = 'ContentError'
    this.problems = errors
    // A maintainer's mistake, not a bug: the build prints the located problems, without the loader's stack trace.
    this.stack = `${this.name}: ${this.message}`
  }
}

/** Collects problems for one file, translating positions and zod issues into maintainer-facing messages. */
export class ProblemList {
  readonly items: ContentProblem[] = []

  constructor(readonly file: string) {}

  error(at: Point | undefined, message: string): void {
    this.items.push({ file: this.file, ...(at ?? { line: 1, column: 1 }), message, severity: 'error' })
  }

  warn(at: Point | undefined, message: string): void {
    this.items.push({ file: this.file, ...(at ?? { line: 1, column: 1 }), message, severity: 'warning' })
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error')
  }
}

function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a date'
  return typeof value === 'object' ? 'an object' : String(value)
}

function describeType(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return `${typeof value} ${quote(value)}`
}

/**
 * Turns one zod issue into a sentence: what is wrong, and what was expected.
 * `noun` is "prop" for component attributes and "field" for front matter and YAML files.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>, noun: string): string {
  // Lists are counted from 1 for people: `id` in item 3, not `2.id`.
  const key = issue.path.filter((segment) => typeof segment !== 'number').map(String).join('.')
  const items = issue.path.filter((segment) => typeof segment === 'number').map((n) => ` in item ${n + 1}`).join('')
  const value = issue.path.reduce<unknown>(
    (node, segment) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined),
    input,
  )
  const subject = key ? `${noun} "${key}"${items}` : `item${items.replace(' in item', '')}`
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown ${noun}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    case 'invalid_type':
      if (value === undefined) return `missing required ${subject}`
      return `${subject} must be ${article(issue.expected)}, got ${describeType(value)}`
    case 'invalid_value':
      return `${subject} is ${quote(value)}; ${issue.message}`
    default:
      return `${subject} is ${quote(value)}; ${issue.message}`
  }
}

function article(type: string): string {
  const word = type === 'array' ? 'list' : type
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`
}
