import { isMap, parseDocument } from 'yaml'

import { isIsoDate } from '../content/schema'
import { ImportError, type ImportWarning } from './warnings'

/** Front matter of an imported issue, in our format (lib/content/schema.ts, frontMatterSchema). */
export interface ImportedFrontMatter {
  title: string
  date: string
  summary?: string
  cover?: string
  tags: string[]
  authors: string[]
  draft?: true
}

export interface SplitFile {
  /** The front matter text between the fences. */
  yaml: string
  body: string
  /** Lines before the body, to turn body positions into file lines. */
  bodyLineOffset: number
}

const YAML_FENCE = /^---[ \t]*$/

/**
 * Splits a Hugo file into its front matter and body. Only YAML is read, and it is parsed as data, never evaluated:
 * gray-matter would run `---js` front matter. Hugo's TOML (`+++`) and JSON front matter do not occur in the SOFA
 * archive and are refused with a message rather than guessed at.
 */
export function splitFrontMatter(source: string): SplitFile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  const first = lines[0] ?? ''
  if (/^\+\+\+\s*$/.test(first)) {
    throw new ImportError('TOML front matter (+++) is not supported; convert the file to YAML front matter (---) first')
  }
  if (!YAML_FENCE.test(first)) {
    throw new ImportError(
      first.startsWith('---')
        ? `front matter must be YAML: the first line must be exactly "---", found "${first.trim()}"`
        : 'missing front matter: a Hugo issue starts with "---", its fields (title, date, …) and "---"',
    )
  }
  const end = lines.findIndex((line, index) => index > 0 && (YAML_FENCE.test(line) || /^\.\.\.\s*$/.test(line)))
  if (end === -1) throw new ImportError('front matter is not closed: no "---" line after the fields')
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyLineOffset: end + 1,
  }
}

/** Fields that have an equivalent (or are deliberately folded into one) and need no warning when dropped. */
const KNOWN_FIELDS = new Set(['title', 'date', 'description', 'cover', 'tags', 'categories', 'author', 'authorlink', 'draft'])

const HUGO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * The calendar day of a Hugo date, in the timezone it is written in: `2022-05-27T15:00:00+08:00` is 2022-05-27
 * wherever the importer runs (converting to UTC or to the machine's zone would move late-evening issues a day).
 */
export function dayOfHugoDate(value: string): string | undefined {
  const match = HUGO_DATE.exec(value.trim())
  const day = match?.[1]
  return day && isIsoDate(day) ? day : undefined
}

/** Indents lines that continue the previous field's value, so a multi-line quoted value is valid YAML. */
function indentContinuationLines(yamlText: string): string {
  return yamlText
    .split('\n')
    .map((line) => (line === '' || /^(\s|#|-\s|[\w-]+\s*:)/.test(line) ? line : `  ${line}`))
    .join('\n')
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

function stringList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
  return items.filter((item): item is string => typeof item === 'string').map(oneLine).filter(Boolean)
}

/** Reads legacy front matter into ours; problems that lose information become warnings, missing essentials errors. */
export function readFrontMatter(yamlText: string, warnings: ImportWarning[]): ImportedFrontMatter {
  // The core schema keeps `2022-05-27T15:00:00+08:00` a string, so its timezone is not lost to a Date.
  let doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: false })
  if (doc.errors.length > 0) {
    // Hugo's YAML reader accepts a quoted value continued on an unindented line (`description: "…\n"`); YAML does not.
    const repaired = indentContinuationLines(yamlText)
    const retry = parseDocument(repaired, { schema: 'core', uniqueKeys: false })
    if (retry.errors.length > 0) throw new ImportError(`front matter is not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`)
    warnings.push({ line: (doc.errors[0]?.linePos?.[0].line ?? 0) + 1, message: 'front matter has a quoted value continued on an unindented line; read as Hugo does' })
    doc = retry
  }
  if (!isMap(doc.contents)) throw new ImportError('front matter is not a list of fields')
  const data = doc.toJS() as Record<string, unknown>
  // Line 1 of the file is the opening fence.
  const lineOf = (key: string): number => yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 2

  const title = typeof data.title === 'string' ? oneLine(data.title) : ''
  if (!title) throw new ImportError('front matter has no title')
  const rawDate = typeof data.date === 'string' ? data.date : ''
  const date = dayOfHugoDate(rawDate)
  if (!date) throw new ImportError(rawDate ? `front matter date "${rawDate}" is not a date (YYYY-MM-DD, optionally with time and zone)` : 'front matter has no date')

  const frontMatter: ImportedFrontMatter = { title, date, tags: [], authors: [] }

  const summary = typeof data.description === 'string' ? oneLine(data.description) : ''
  if (summary) frontMatter.summary = summary

  if (typeof data.cover === 'string' && data.cover.trim()) {
    const cover = data.cover.trim()
    if (/^https:\/\/[^\s/]+\.[^\s]+$/i.test(cover)) frontMatter.cover = cover
    else if (/^http:\/\/[^\s/]+\.[^\s]+$/i.test(cover)) {
      frontMatter.cover = cover.replace(/^http:/i, 'https:')
      warnings.push({ line: lineOf('cover'), message: `cover "${cover}" is not https; changed to ${frontMatter.cover}` })
    } else warnings.push({ line: lineOf('cover'), message: `cover "${cover}" is not an https URL; dropped` })
  }

  frontMatter.tags = [...new Set([...stringList(data.tags), ...stringList(data.categories)])]

  // Hugo themes name the author twice: a display name and a link. The GitHub login is the stable one.
  const login = typeof data.authorlink === 'string' ? /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/?$/i.exec(data.authorlink.trim())?.[1] : undefined
  frontMatter.authors = login ? [login] : stringList(data.author)

  if (data.draft === true) frontMatter.draft = true

  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) warnings.push({ line: lineOf(key), message: `front matter field "${key}" has no equivalent in our format; dropped` })
  }
  return frontMatter
}
