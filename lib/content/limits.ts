import type { Nodes, Root } from 'mdast'

import type { ProblemList } from './problems'

/**
 * Limits that keep checking and building a content file fast whatever it holds. The Markdown parser needs time that
 * grows faster than the text for some shapes (thousands of nested quotes, lists or tags, tens of thousands of `*` or
 * `[` in one paragraph, rows of thousands of cells) and overflows the stack on deep nesting, so those shapes are
 * refused, with their line, before the file is parsed. Real issues stay far below every limit: the SOFA Weekly
 * archive's deepest nesting is 6 and its busiest paragraph has a few dozen markers.
 */
export const LIMITS = {
  /** Quotes and list items opened at the start of one line (`> > - 1. text`). */
  containersPerLine: 16,
  /** Columns of indentation before a line's text, outside fenced code. */
  indentColumns: 120,
  /** JSX elements open inside each other. */
  jsxDepth: 24,
  /** `*`, `_`, `[` and `]` in one paragraph: emphasis and link markers, which the parser pairs with each other. */
  markersPerParagraph: 150,
  /** The same markers in the whole file: pairing them costs more than parsing text, paragraph by paragraph too. */
  markersPerFile: 5_000,
  /** Backslash escapes (`\{`, `\<`) in a file outside fenced code: each is a node of its own, several times slower to parse than text. */
  escapesPerFile: 5_000,
  /** `|` on one line outside fenced code: table cells. */
  cellsPerLine: 200,
  /** Levels of the syntax tree, for the walks over it. */
  treeDepth: 48,
} as const

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Checks the raw MDX body line by line in linear time; false when a limit was broken (the body is then not parsed). */
export function checkMarkupLimits(body: string, lineOffset: number, problems: ProblemList): boolean {
  const before = problems.items.length
  const error = (line: number, column: number, message: string) => problems.error({ line: line + lineOffset, column }, message)
  let fence: string | undefined
  let markers = 0
  let paragraphStart = 0
  let jsxDepth = 0
  let previousDepth = 0
  let escapes = 0
  let fileMarkers = 0
  const lines = body.split('\n')
  for (let index = 0; index < lines.length && problems.items.length - before < 5; index++) {
    const line = lines[index] ?? ''
    const lineNumber = index + 1
    // Inside fenced code nothing is parsed as Markdown: any text is fine there.
    const { depth, rest, indent } = containerPrefix(line)
    const fenceMatch = FENCE.exec(rest)
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) fence = undefined
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1]
      continue
    }
    if (depth > LIMITS.containersPerLine) {
      error(lineNumber, 1, `${depth} quotes and lists are opened on one line; at most ${LIMITS.containersPerLine}`)
    }
    if (indent > LIMITS.indentColumns) {
      error(lineNumber, 1, `line is indented ${indent} columns; at most ${LIMITS.indentColumns} outside fenced code (use a \`\`\` block for code)`)
    }
    // A blank line, a heading, a table row, a tag or a change of quote and list nesting starts a new paragraph.
    if (rest.trim() === '' || /^[#|<]/.test(rest.trimStart()) || depth !== previousDepth) {
      markers = 0
      paragraphStart = lineNumber
    }
    previousDepth = depth
    let cells = 0
    for (let i = 0; i < line.length; i++) {
      const char = line[i]
      if (char === '*' || char === '_' || char === '[' || char === ']') {
        if (++fileMarkers === LIMITS.markersPerFile + 1) {
          error(lineNumber, i + 1, `file has more than ${LIMITS.markersPerFile} emphasis and link markers (*, _, [, ]) outside code blocks; put such text in a \`\`\` block`)
        }
        if (++markers === LIMITS.markersPerParagraph + 1) {
          error(paragraphStart, 1, `paragraph has more than ${LIMITS.markersPerParagraph} emphasis and link markers (*, _, [, ]); split it, or escape them as \\* \\_ \\[ \\]`)
        }
      } else if (char === '\\') {
        if (++escapes === LIMITS.escapesPerFile + 1) error(lineNumber, i + 1, `file has more than ${LIMITS.escapesPerFile} backslash escapes outside code blocks; put such text in a \`\`\` block`)
        i++
      } else if (char === '|') {
        if (++cells === LIMITS.cellsPerLine + 1) error(lineNumber, i + 1, `line has more than ${LIMITS.cellsPerLine} table cells (|)`)
      } else if (char === '<' && line[i + 1] !== undefined) {
        const next = line[i + 1] ?? ''
        if (next === '/') jsxDepth = Math.max(0, jsxDepth - 1)
        else if (/[A-Za-z]/.test(next) && !selfClosing(line, i)) {
          if (++jsxDepth === LIMITS.jsxDepth + 1) error(lineNumber, i + 1, `elements are nested more than ${LIMITS.jsxDepth} deep`)
        }
      }
    }
  }
  return problems.items.length === before
}

/** Whether the tag opening at `start` ends with `/>` on the same line. */
function selfClosing(line: string, start: number): boolean {
  const end = line.indexOf('>', start)
  return end > 0 && line[end - 1] === '/'
}

/** Quote and list markers at the start of a line, the indentation before its text, and the text after them. */
function containerPrefix(line: string): { depth: number; indent: number; rest: string } {
  let depth = 0
  let indent = 0
  let i = 0
  for (;;) {
    let spaces = 0
    while (line[i] === ' ' || line[i] === '\t') spaces += line[i++] === '\t' ? 4 : 1
    indent += spaces
    const char = line[i]
    if (char === '>') {
      depth++
      i++
      continue
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t])/.exec(line.slice(i, i + 11))
    if (marker && depth < 1000) {
      depth++
      i += marker[0].length
      continue
    }
    return { depth, indent, rest: line.slice(i) }
  }
}

/** Reports a syntax tree deeper than the limit, at the first node past it; walks with a stack, never recursion. */
export function checkTreeDepth(tree: Root, lineOffset: number, problems: ProblemList): boolean {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (depth > LIMITS.treeDepth) {
      const start = node.position?.start
      problems.error(start ? { line: start.line + lineOffset, column: start.column } : undefined, `content is nested more than ${LIMITS.treeDepth} levels deep`)
      return false
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
  return true
}
