/**
 * Checks the content folder exactly as the build does, and prints every problem in every file at once.
 *
 *   npm run validate                       # path:LINE:COL message, one a line
 *   npm run validate -- --format github    # GitHub Actions annotations on the pull request's lines
 *
 * Checks CONTENT_DIR when set, else ./content. Exits 1 when any file has an error; warnings alone exit 0.
 * Nothing in the content is run: this reads YAML and MDX syntax trees only.
 */
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import { checkContent, displayPath, getContentDir } from '@/lib/content/load'
import { formatAnnotation, formatProblem } from '@/lib/content/problems'

export interface ValidateResult {
  /** 0: no errors; 1: content has errors; 2: the command was used wrongly. */
  exitCode: 0 | 1 | 2
  stdout: string[]
  stderr: string[]
}

const USAGE = 'usage: npm run validate [-- --format text|github]'

export function validate(args: readonly string[], dir: string = getContentDir()): ValidateResult {
  let format: string
  try {
    format = parseArgs({ args: [...args], options: { format: { type: 'string', default: 'text' } } }).values.format
  } catch (error) {
    return { exitCode: 2, stdout: [], stderr: [(error as Error).message, USAGE] }
  }
  if (format !== 'text' && format !== 'github') {
    return { exitCode: 2, stdout: [], stderr: [`unknown format "${format}"; expected text or github`, USAGE] }
  }

  let checked: ReturnType<typeof checkContent>
  try {
    checked = checkContent(dir)
  } catch (error) {
    // The folder itself could not be read (permissions, a file where a folder should be): say where, not a stack.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return { exitCode: 1, stdout: [`${displayPath(dir)}:1:1 could not be checked: ${reason}`], stderr: [`${displayPath(dir)}: the site cannot be built until it can be read`] }
  }
  const { content, problems } = checked
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  const counted = `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`
  return {
    exitCode: content ? 0 : 1,
    stdout: problems.map(format === 'github' ? formatAnnotation : formatProblem),
    stderr: [
      content
        ? `${displayPath(dir)}: ${plural(content.issues.length, 'issue')} checked, ${counted}`
        : `${displayPath(dir)}: ${counted}; the site cannot be built until every error is fixed`,
    ],
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { exitCode, stdout, stderr } = validate(process.argv.slice(2))
  for (const line of stdout) console.log(line)
  for (const line of stderr) console.error(line)
  process.exitCode = exitCode
}
