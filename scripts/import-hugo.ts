/**
 * Imports legacy Hugo Markdown issues (SOFA Weekly) into our content format.
 * Usage: npm run import:hugo -- <files or folders…> [--out <dir>] [--dry-run] [--force] [--json <report.json>]
 *                                [--base-url <url>] [--mirror-images [--allow-host <host>]… [--public <dir>]]
 * The logic is in lib/importer; this file reads and writes files and reports progress.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getContentDir } from '@/lib/content/load'
import { formatProblem, ProblemList } from '@/lib/content/problems'
import { projectsFileSchema, type Project } from '@/lib/content/schema'
import { parseYaml } from '@/lib/content/yaml'
import { importHugoFile, type ImportFileResult } from '@/lib/importer/archive'
import { addProjectsToYaml, defaultSiteYaml, siteDefaultsFromTitles } from '@/lib/importer/contentFiles'
import { ProjectRegistry } from '@/lib/importer/projects'
import { DEFAULT_IMAGE_HOSTS, formatMirrorReport, mirrorImages } from '@/lib/images/mirror'

const USAGE = `Usage: npm run import:hugo -- <files or folders…> [options]

Converts legacy Hugo Markdown issues into issues of this site, one .mdx file each.

Options:
  --out <dir>        the weekly/ folder to write to (default: weekly/ of CONTENT_DIR, or content/weekly)
  --dry-run          convert and check everything, write nothing
  --force            replace existing issue files whose content differs (default: keep them)
  --json <file>      write a report: one { source, output, qa, tasks, reading, warnings } per file
  --base-url <url>   where the legacy site lived, for its site-relative links (default: https://www.sofastack.tech;
                     "" keeps them relative)
  --mirror-images    then download the images the imported issues show into public/images/, as npm run
                     images:mirror does (its size limit and timeout)
  --allow-host <h>   with --mirror-images: a host images may come from; repeat for more (default: the hosts of
                     npm run images:mirror)
  --public <dir>     with --mirror-images: the site's public folder (default: public)
  -h, --help         this text`

/** SOFA Weekly's own site: its issues link to `/blog/…` there. */
const DEFAULT_BASE_URL = 'https://www.sofastack.tech'

function fail(message: string): never {
  console.error(`import:hugo: ${message}`)
  process.exit(2)
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

/**
 * The Markdown files named on the command line; folders contribute their `.md` files, in name order, except Hugo's
 * section pages (`_index.md`), which are not issues.
 */
function collectSources(inputs: string[]): string[] {
  const files = inputs.flatMap((input) => {
    if (!fs.existsSync(input)) fail(`${input} does not exist`)
    if (!fs.statSync(input).isDirectory()) return [path.resolve(input)]
    return fs
      .readdirSync(input)
      .filter((name) => /\.(md|markdown)$/i.test(name) && !/^[._]/.test(name))
      .map((name) => path.resolve(input, name))
  })
  return [...new Set(files)].toSorted((a, b) => path.basename(a).localeCompare(path.basename(b)) || a.localeCompare(b))
}

function loadRegistry(file: string | undefined): { projects: Project[]; text?: string } {
  if (!file || !fs.existsSync(file)) return { projects: [] }
  const text = fs.readFileSync(file, 'utf8')
  const problems = new ProblemList(display(file))
  const projects = parseYaml(text, projectsFileSchema, problems)
  if (!projects) fail(`${display(file)} is not a valid project registry:\n${problems.items.map(formatProblem).join('\n')}`)
  return { projects, text }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

const STATUS_LABEL: Record<ImportFileResult['status'], (dryRun: boolean) => string> = {
  new: (dryRun) => (dryRun ? 'would write' : 'written'),
  replaced: (dryRun) => (dryRun ? 'would replace' : 'replaced'),
  unchanged: () => 'unchanged',
  kept: () => 'kept',
  failed: () => 'FAILED',
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'string' },
      'base-url': { type: 'string', default: DEFAULT_BASE_URL },
      'mirror-images': { type: 'boolean', default: false },
      'allow-host': { type: 'string', multiple: true },
      public: { type: 'string', default: 'public' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  if (positionals.length === 0) fail(`name the files or folders to import\n\n${USAGE}`)
  const dryRun = values['dry-run']
  const baseUrl = values['base-url'] || undefined
  if (baseUrl && !/^https?:\/\/[^\s/]+/.test(baseUrl)) fail(`--base-url "${baseUrl}" is not an http(s) URL`)

  const outDir = path.resolve(values.out ?? path.join(getContentDir(), 'weekly'))
  // Issues live in a content folder's weekly/; its projects.yaml and site.yaml sit beside it.
  const contentDir = path.basename(outDir) === 'weekly' ? path.dirname(outDir) : undefined
  const registryFile = contentDir && path.join(contentDir, 'projects.yaml')
  const siteFile = contentDir && path.join(contentDir, 'site.yaml')

  const sources = collectSources(positionals)
  if (sources.length === 0) fail('no .md files found')
  const registryText = loadRegistry(registryFile)
  const registry = new ProjectRegistry(registryText.projects)
  const taken = new Set<string>()
  const results: ImportFileResult[] = []
  const started = performance.now()

  console.log(`Importing ${plural(sources.length, 'file')} into ${display(outDir)}${dryRun ? ' (dry run: nothing is written)' : ''}`)
  sources.forEach((source, index) => {
    const result = importHugoFile(display(source), fs.readFileSync(source, 'utf8'), path.basename(source), {
      registry,
      baseUrl,
      force: values.force,
      taken,
      readExisting: (fileName) => {
        const file = path.join(outDir, fileName)
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
      },
    })
    if (!dryRun && result.mdx && result.fileName) {
      fs.mkdirSync(outDir, { recursive: true })
      fs.writeFileSync(path.join(outDir, result.fileName), result.mdx)
    }
    results.push(result)
    const counts = `${result.stats.qa} Q&A, ${plural(result.stats.tasks, 'task')}, ${result.stats.reading} reading, ${plural(result.stats.releases, 'release')}, ${plural(result.stats.events, 'event')}`
    const target = result.fileName ? ` → ${result.fileName}` : ''
    console.log(`[${index + 1}/${sources.length}] ${path.basename(source)}${target}  ${STATUS_LABEL[result.status](dryRun)}  (${counts}${result.warnings.length ? `, ${plural(result.warnings.length, 'warning')}` : ''})`)
    for (const warning of result.warnings) console.log(`    warning: ${warning}`)
    if (result.error) console.log(`    error: ${result.error.replace(/\n/g, '\n      ')}`)
  })

  const added = registry.added
  if (added.length > 0) {
    if (registryFile) {
      if (!dryRun) fs.writeFileSync(registryFile, addProjectsToYaml(registryText.text, added))
      console.log(`${dryRun ? 'Would add' : 'Added'} ${plural(added.length, 'project')} to ${display(registryFile)}: ${added.map((p) => p.id).join(', ')}`)
    } else {
      console.log(`warning: ${display(outDir)} is not the weekly/ folder of a content folder; add these projects to its projects.yaml: ${added.map((p) => `${p.id} (${p.repo})`).join(', ')}`)
    }
  }
  if (siteFile && !fs.existsSync(siteFile) && results.some((r) => r.status !== 'failed')) {
    if (!dryRun) fs.writeFileSync(siteFile, defaultSiteYaml(siteDefaultsFromTitles(results.flatMap((r) => (r.title ? [r.title] : [])))))
    console.log(`${dryRun ? 'Would create' : 'Created'} ${display(siteFile)}: edit its description, url and repository`)
  }

  if (values.json) {
    const report = results.map((r) => ({
      source: r.source,
      output: r.fileName ? display(path.join(outDir, r.fileName)) : null,
      status: r.status,
      qa: r.stats.qa,
      tasks: r.stats.tasks,
      reading: r.stats.reading,
      releases: r.stats.releases,
      events: r.stats.events,
      warnings: r.warnings,
      ...(r.error ? { error: r.error } : {}),
    }))
    fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`)
  }

  const total = (key: 'qa' | 'tasks' | 'reading' | 'releases' | 'events'): number => results.reduce((sum, r) => sum + r.stats[key], 0)
  const byStatus = (status: ImportFileResult['status']): number => results.filter((r) => r.status === status).length
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `\n${plural(results.length, 'file')} in ${seconds} s: ${byStatus('new') + byStatus('replaced')} ${dryRun ? 'to write' : 'written'}, ` +
      `${byStatus('unchanged')} unchanged, ${byStatus('kept')} kept, ${byStatus('failed')} failed`,
  )
  console.log(
    `${total('qa')} Q&A, ${plural(total('tasks'), 'task')}, ${plural(total('reading'), 'reading link')}, ` +
      `${plural(total('releases'), 'release')}, ${plural(total('events'), 'event')}, ` +
      `${plural(results.reduce((sum, r) => sum + r.warnings.length, 0), 'warning')}`,
  )
  if (values.json) console.log(`Report: ${display(path.resolve(values.json))}`)
  if (byStatus('failed') > 0) process.exitCode = 1

  if (values['mirror-images'] && !dryRun) {
    const files = results.flatMap((r) => (r.fileName && r.status !== 'failed' ? [path.join(outDir, r.fileName)] : []))
    console.log(`\nMirroring the images of ${plural(files.length, 'issue')} into public/images/`)
    const allowHosts = values['allow-host'] ?? DEFAULT_IMAGE_HOSTS
    const report = await mirrorImages({ files, publicDir: path.resolve(values.public), display, allowHosts })
    for (const line of formatMirrorReport(report, { allowHosts })) console.log(line)
  }
}

await main()
