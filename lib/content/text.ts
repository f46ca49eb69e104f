import type { Point, ProblemList } from './problems'

/**
 * Characters no content may hold, in the file or decoded from an escape (`"\u202e"` in YAML, `&#x202E;` in MDX):
 * controls XML and HTML cannot carry (C0 other than tab and line breaks, DEL, U+FFFE, U+FFFF), lone surrogates, and
 * the bidirectional embedding, override and isolate controls, which make text display differently from what it is
 * ("Trojan Source"), in a title as much as in code.
 */
const FORBIDDEN = new RegExp(
  `[${codeRanges([0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x7f], [0x202a, 0x202e], [0x2066, 0x2069], [0xfffe, 0xffff])}]` +
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
)

/** A character class body of code point ranges, written as escapes (`\\u0000-\\u0008`). */
function codeRanges(...ranges: [number, number][]): string {
  return ranges.map(([from, to]) => `${unicodeEscape(from)}-${unicodeEscape(to)}`).join('')
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`
}

const NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
}

/** Removes every forbidden character: for text that leaves the site (feeds), whatever reached it. */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, '')
}

function describe(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  const name = NAMES[char]
  if (name) return `bidirectional control character ${code} (${name}), which can make text display differently from what it is`
  if (/[\uD800-\uDFFF]/.test(char)) return `lone surrogate ${code}, which is not a character`
  return `control character ${code}, which pages and feeds cannot show`
}

const MAX_REPORTED = 20

/**
 * Reports each forbidden character of a file's text at its line and column (the first 20); false when there was one.
 * A file with such characters is read no further: its other checks would point at text it does not show.
 */
export function reportForbiddenCharacters(text: string, problems: ProblemList): boolean {
  let reported = 0
  let line = 1
  let lineStart = 0
  let from = 0
  for (const match of text.matchAll(FORBIDDEN)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line++
      lineStart = i + 1
    }
    from = match.index
    const at = { line, column: match.index - lineStart + 1 }
    if (reported++ === MAX_REPORTED) {
      problems.error(at, 'more forbidden characters follow; remove them all')
      break
    }
    problems.error(at, `${describe(match[0])}; remove it`)
  }
  return reported === 0
}

/** Reports a forbidden character in a value decoded from an escape, at the place of the value. */
export function checkDecodedText(value: string, at: Point | undefined, what: string, problems: ProblemList): boolean {
  const match = new RegExp(FORBIDDEN.source).exec(value)
  if (!match) return true
  problems.error(at, `${what} holds a ${describe(match[0])} (written as an escape); remove it`)
  return false
}
