import fs from 'node:fs'
import path from 'node:path'

import { newestFirst } from '@/lib/dates'

import { checkGitHubSnapshot, type GitHubSnapshot } from './github-snapshot'
import { parseIssueFile, type Issue } from './issue'
import { ContentError, ProblemList, sortProblems, type ContentProblem } from './problems'
import { warnRepeatedReading } from './repeatedReading'
import { projectsFileSchema, siteSchema, type Project, type SiteSettings } from './schema'
import { reportForbiddenCharacters } from './text'
import { parseYaml } from './yaml'
import { withoutTrailingSlashes } from '@/lib/url-policy'

export interface Content {
  site: SiteSettings
  projects: Project[]
  /** Newest first. */
  issues: Issue[]
  /** Warnings only: content with an error is never returned. */
  warnings: ContentProblem[]
  /** GitHub's state of the linked issues, as `npm run sync:github` last read it (`github.json`), when there is one. */
  github?: GitHubSnapshot
}

export const MAX_FILE_BYTES = 1024 * 1024

/** The content folder: `CONTENT_DIR` when set (relative to the working directory), else `./content`. */
export function getContentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content')
}

/** How a maintainer finds a file: relative to the repository when it is inside it, absolute otherwise. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/')
}

/** What a directory entry is, for the message when it is not a regular file or folder. */
function describeKind(stat: fs.Stats): string | undefined {
  if (stat.isSymbolicLink()) return 'a symbolic link'
  if (stat.isFIFO()) return 'a named pipe (FIFO)'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  return stat.isFile() || stat.isDirectory() ? undefined : 'not a regular file'
}

const NOT_READ = 'content is read only from regular files inside the content folder; replace it with the file itself'

/**
 * Reports every entry under the content folder that is not a regular file or folder: symbolic links (dangling or
 * not), FIFOs, sockets and devices. Nothing is followed (lstat), so no file outside the folder is ever read, and a
 * pipe cannot make a build hang.
 */
function reportSpecialFiles(dir: string, listFor: (file: string) => ProblemList): Set<string> {
  const special = new Set<string>()
  if (!lexists(dir)) return special
  const visit = (folder: string): void => {
    for (const entry of fs.readdirSync(/*turbopackIgnore: true*/ folder)) {
      const file = path.join(folder, entry)
      const stat = fs.lstatSync(/*turbopackIgnore: true*/ file)
      const kind = describeKind(stat)
      if (kind) {
        special.add(file)
        listFor(file).error(undefined, `${entry} is ${kind}; ${NOT_READ}`)
      } else if (stat.isDirectory()) {
        visit(file)
      }
    }
  }
  visit(dir)
  return special
}

/**
 * Reads a content file as UTF-8 text. It is opened without following a symbolic link (O_NOFOLLOW) and must be a
 * regular file when open (fstat), so a link swapped in after the folder was listed is refused too.
 */
function readText(file: string, problems: ProblemList): string | undefined {
  let fd: number
  try {
    fd = fs.openSync(/*turbopackIgnore: true*/ file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    problems.error(undefined, code === 'ELOOP' ? `file is a symbolic link; ${NOT_READ}` : `file cannot be read (${code ?? 'error'})`)
    return undefined
  }
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) {
      problems.error(undefined, `file is ${describeKind(stat) ?? 'not a regular file'}; ${NOT_READ}`)
      return undefined
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.error(undefined, `file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; content files may be at most 1 MB`)
      return undefined
    }
    const bytes = fs.readFileSync(fd)
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      problems.error(undefined, 'file is not valid UTF-8; save it as UTF-8')
      return undefined
    }
    return reportForbiddenCharacters(text, problems) ? text : undefined
  } finally {
    fs.closeSync(fd)
  }
}

function loadYamlFile<T>(
  dir: string,
  name: string,
  parse: (text: string, problems: ProblemList) => T | undefined,
  listFor: (file: string) => ProblemList,
): T | undefined {
  const file = path.join(dir, name)
  const problems = listFor(file)
  if (!lexists(file)) {
    problems.error(undefined, `${name} is missing from the content folder ${displayPath(dir)}`)
    return undefined
  }
  const text = readText(file, problems)
  return text === undefined ? undefined : parse(text, problems)
}

export interface ContentCheck {
  /** The content, when no file has an error. */
  content?: Content
  /** Every error and warning in every file, sorted by file, line and column. */
  problems: ContentProblem[]
}

/**
 * Reads and validates the whole content folder, reporting every problem in every file. Nothing in it is evaluated:
 * front matter is YAML only, MDX is parsed into a syntax tree and checked, never compiled.
 */
export function checkContent(dir: string = getContentDir()): ContentCheck {
  const lists: ProblemList[] = []
  const listFor = collectInto(lists)
  const special = reportSpecialFiles(dir, listFor)

  const { site, projects } = loadSettings(dir, listFor, special)
  const projectIds = projects ? new Set(projects.map((p) => p.id)) : undefined

  const weeklyDir = path.join(dir, 'weekly')
  const issues: Issue[] = []
  const issueProblems = new Map<string, ProblemList>()
  const weeklyIsFolder = lexists(weeklyDir) && !special.has(weeklyDir) && fs.lstatSync(/*turbopackIgnore: true*/ weeklyDir).isDirectory()
  if (lexists(weeklyDir) && !special.has(weeklyDir) && !weeklyIsFolder) {
    listFor(weeklyDir).error(undefined, 'weekly must be a folder that holds the issues, one YYYY-MM-DD.mdx file each')
  }
  const names = weeklyIsFolder ? fs.readdirSync(/*turbopackIgnore: true*/ weeklyDir).filter((name) => !name.startsWith('.')).toSorted() : []
  for (const name of names) {
    const file = path.join(weeklyDir, name)
    if (special.has(file)) continue
    const problems = listFor(file)
    issueProblems.set(name, problems)
    if (fs.lstatSync(/*turbopackIgnore: true*/ file).isDirectory()) {
      // Only files directly in weekly/ are issues: an issue in a subfolder would silently never be published.
      problems.error(undefined, `folder "${name}" is not read; put each issue directly in weekly/ as YYYY-MM-DD.mdx`)
      continue
    }
    const text = readText(file, problems)
    if (text === undefined) continue
    const issue = parseChecked(() => parseIssueFile(text, name, problems, { projectIds }), problems)
    if (issue) issues.push(issue)
  }
  reportDuplicateSlugs(names, issueProblems)
  warnRepeatedReading(issues, (issue) => issueProblems.get(issue.fileName))
  const github = checkGitHubSnapshot(dir, { listFor, readText, issues, problemsOf: (issue) => issueProblems.get(issue.fileName) })

  const problems = sortProblems(lists.flatMap((list) => list.items))
  if (problems.some((p) => p.severity === 'error') || !site || !projects) return { problems }
  return {
    content: {
      site: applyEnvironment(site),
      projects,
      issues: issues.toSorted(newestFirst),
      warnings: problems,
      github,
    },
    problems,
  }
}

/** Hands out one ProblemList per file, kept in `lists`. */
function collectInto(lists: ProblemList[]): (file: string) => ProblemList {
  return (file) => {
    const problems = new ProblemList(displayPath(file))
    lists.push(problems)
    return problems
  }
}

function loadSettings(
  dir: string,
  listFor: (file: string) => ProblemList,
  special: ReadonlySet<string>,
): { site?: SiteSettings; projects?: Project[] } {
  const load = <T>(name: string, parse: (text: string, problems: ProblemList) => T | undefined): T | undefined =>
    special.has(path.join(dir, name)) ? undefined : loadYamlFile(dir, name, (text, problems) => parseChecked(() => parse(text, problems), problems), listFor)
  return {
    site: load('site.yaml', (text, problems) => parseYaml(text, siteSchema, problems)),
    projects: load('projects.yaml', parseProjects),
  }
}

/** Whether a path exists, itself: a dangling link exists (and is reported as a link), where fs.existsSync says no. */
function lexists(file: string): boolean {
  try {
    fs.lstatSync(/*turbopackIgnore: true*/ file)
    return true
  } catch {
    return false
  }
}

/**
 * Runs one file's checks. A failure no check foresaw is still that file's error, located at its first line, never a
 * crash with a stack trace: the other files are checked all the same, and the maintainer learns which file it was.
 */
function parseChecked<T>(parse: () => T | undefined, problems: ProblemList): T | undefined {
  try {
    return parse()
  } catch (error) {
    problems.error(undefined, `could not be checked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    return undefined
  }
}

/** Site settings and projects alone, for tools that work while an issue is still broken (`npm run new`). */
export function readSettings(dir: string = getContentDir()): { site: SiteSettings; projects: Project[] } {
  const lists: ProblemList[] = []
  const listFor = collectInto(lists)
  const { site, projects } = loadSettings(dir, listFor, reportSpecialFiles(dir, listFor))
  if (!site || !projects) throw new ContentError(lists.flatMap((list) => list.items))
  return { site, projects }
}

/**
 * Reads and validates the whole content folder. Throws one ContentError listing every error in every file;
 * never returns partial content.
 */
export function readContent(dir: string = getContentDir()): Content {
  const { content, problems } = checkContent(dir)
  if (!content) throw new ContentError(problems)
  return content
}

/**
 * The slug is the file name, which is the page's address. Names that differ only in letter case would be one file
 * on macOS and Windows checkouts: the one not written in lowercase is reported.
 */
function reportDuplicateSlugs(names: readonly string[], problemsOf: ReadonlyMap<string, ProblemList>): void {
  const bySlug = new Map<string, string[]>()
  for (const name of names) {
    const slug = name.toLowerCase().replace(/\.mdx$/, '')
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), name])
  }
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue
    const owner = group.find((name) => name === name.toLowerCase()) ?? group[0]
    for (const name of group) {
      if (name === owner) continue
      problemsOf.get(name)?.error(undefined, `slug "${slug}" is already used by ${owner}; every issue needs its own file name, whatever its letter case`)
    }
  }
}

function parseProjects(text: string, problems: ProblemList): Project[] | undefined {
  const projects = parseYaml(text, projectsFileSchema, problems)
  if (!projects) return undefined
  const seen = new Set<string>()
  for (const project of projects) {
    if (seen.has(project.id)) problems.error(undefined, `project id "${project.id}" is listed twice`)
    seen.add(project.id)
  }
  return problems.hasErrors ? undefined : projects
}

/**
 * Deployments set the public URL without editing content: `SITE_URL`, or on Vercel the production domain it
 * provides, so canonical links and feeds point where the site really is.
 */
function applyEnvironment(site: SiteSettings): SiteSettings {
  const fromEnv =
    process.env.SITE_URL ||
    (process.env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${process.env.VERCEL_PROJECT_PRODUCTION_URL}` : '')
  return fromEnv ? { ...site, url: withoutTrailingSlashes(fromEnv) } : site
}
