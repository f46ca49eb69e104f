import { formatProblem } from '../content/problems'
import { checkImportedIssue, convertHugoIssue, type ImportStats } from './convert'
import type { ProjectRegistry } from './projects'
import { formatWarning, ImportError } from './warnings'

/**
 * What happens to one legacy file: `new` and `replaced` are written (unless it is a dry run), `unchanged` is already
 * there exactly, `kept` is an existing file with other content that only `--force` replaces, `failed` could not be
 * imported.
 */
export type ImportStatus = 'new' | 'replaced' | 'unchanged' | 'kept' | 'failed'

export interface ImportFileResult {
  /** The legacy file, as the caller named it. */
  source: string
  /** The issue file name in the weekly folder, e.g. `2022-05-27.mdx`. */
  fileName?: string
  status: ImportStatus
  /** The issue's text, for `new` and `replaced`. */
  mdx?: string
  title?: string
  stats: ImportStats
  warnings: string[]
  error?: string
}

export interface ImportFileOptions {
  registry: ProjectRegistry
  baseUrl?: string
  force: boolean
  /** Issue file names already given out in this run: a second issue on the same day gets `-2`. */
  taken: Set<string>
  /** The text of the issue file of that name in the target folder, if there is one. */
  readExisting: (fileName: string) => string | undefined
}

const NO_STATS: ImportStats = { qa: 0, tasks: 0, reading: 0, contributors: 0, releases: 0, events: 0 }

/**
 * Imports one legacy file: converts it, checks the result with the content layer exactly as the build will, and
 * decides what to do with the target file. Never touches the file system itself.
 */
export function importHugoFile(source: string, text: string, sourceName: string, options: ImportFileOptions): ImportFileResult {
  let converted
  try {
    converted = convertHugoIssue(text, { sourceName, registry: options.registry, baseUrl: options.baseUrl })
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    return { source, status: 'failed', stats: NO_STATS, warnings: [], error: error.message }
  }
  const warnings = converted.warnings.map(formatWarning)

  let fileName = `${converted.frontMatter.date}.mdx`
  for (let n = 2; options.taken.has(fileName); n++) fileName = `${converted.frontMatter.date}-${n}.mdx`
  if (fileName !== `${converted.frontMatter.date}.mdx`) warnings.push(`another file of this run is also dated ${converted.frontMatter.date}; this one is ${fileName}`)
  options.taken.add(fileName)

  const base = { source, fileName, title: converted.frontMatter.title, stats: converted.stats, warnings }
  const problems = checkImportedIssue(converted.mdx, fileName, options.registry.ids)
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0) {
    return { ...base, status: 'failed', error: `the converted issue does not validate:\n${errors.map(formatProblem).join('\n')}` }
  }
  warnings.push(...problems.map((problem) => `converted issue: ${formatProblem(problem)}`))

  const existing = options.readExisting(fileName)
  if (existing === converted.mdx) return { ...base, status: 'unchanged' }
  if (existing !== undefined && !options.force) {
    return { ...base, status: 'kept', warnings: [...warnings, `${fileName} already exists with other content; kept (use --force to replace it)`] }
  }
  return { ...base, status: existing === undefined ? 'new' : 'replaced', mdx: converted.mdx }
}
