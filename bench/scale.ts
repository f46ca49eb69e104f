/**
 * How the site scales with the archive: builds it at several sizes and prints one table.
 * Usage: npm run bench:scale [-- --sizes sample,corpus,1000] [--runs 5] [--corpus <folder>] [--json <file>] [--keep]
 *
 * Sizes: `sample` (content/), `corpus` (the real SOFA Weekly archive of ../shared/corpus, imported with the Hugo
 * importer), or a number N of synthetic issues shaped like the imported archive (scripts/generate-issues.ts; the
 * profile is measured again from the import when it ran, else scripts/corpus-profile.json).
 *
 * For each size, in a throwaway copy of the project (so .next/ here is left alone):
 * - `next build` with CONTENT_DIR: wall time and the peak resident memory of the whole process tree;
 * - the framework floor: a minimal Next.js app with as many trivial static pages, built in the same run the same way;
 * - the weekly rebuild: next week's issue added and both built again with the caches their first build left;
 * - every HTML page written: the largest (gzip) and the one with the most elements (parsed by Chromium);
 * - search in Chromium with the CPU slowed down four times, against `next start`: for each query of
 *   bench/queries.ts, a fresh page (nothing cached) loaded and hydrated, the query submitted through the search form,
 *   the time until its first results are painted (the frame drawn, not only the DOM written), the time until its whole
 *   first page is, and every byte of the index the page downloaded (as sent, gzip; the entry it preloads included).
 *   Each query is timed twice, in turn: submitted at once (a query pasted in), and typed key by key and submitted
 *   after a pause, as a reader does (the page reads what a query needs while it is typed); both times are from
 *   submit, the bytes everything the page downloaded.
 * Builds take minutes at 1,000 issues on a 2-core machine: it is a benchmark to run by hand, not a test.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

import { chromium, type Browser, type BrowserContext, type CDPSession } from '@playwright/test'

import { chromiumLaunchOptions } from '../e2e/browser'
import { measureCorpusProfile, readCorpusProfile, type CorpusProfile } from '../scripts/corpus-profile'
import { generateIssues } from '../scripts/generate-issues'
import { freePort } from '../scripts/serve-export'
import { copyProject } from '../tests/project-copy'

import { bundleForBrowser } from './browser-bundle'
import { nextBin, writeFloorApp } from './floor-app'
import { runMeasured, type CommandRun } from './process-tree'
import { SEARCH_QUERIES, percentile } from './queries'

const ROOT = path.resolve(import.meta.dirname, '..')
const CPU_SLOWDOWN = 4

interface PageSize {
  route: string
  gzip: number
  elements: number
}

interface SizeResult {
  size: string
  issues: number
  pages: number
  build: { seconds: number; peakRss: number; phases: string[] }
  floor: { seconds: number; peakRss: number; pages: number }
  /** The weekly case: one issue added, built again with the cache the first build left (as Vercel and CI keep it). */
  rebuild: { seconds: number; floorSeconds: number }
  largest: PageSize
  mostElements: PageSize
  /**
   * `ms`: until the first results are painted, the query submitted at once; `typedMs`: typed first. `pageMs`,
   * `typedPageMs`: until the whole first page of results is. `bytes`: of every run of both.
   */
  search: { bytes: number[]; ms: number[]; typedMs: number[]; pageMs: number[]; typedPageMs: number[]; failures: string[]; restarts: number }
  /** The machine's load average (1 min) when the build started and when the search was timed: shared machines vary. */
  load: { build: number; search: number }
}

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'sample,corpus,1000' },
    runs: { type: 'string', default: '5' },
    corpus: { type: 'string', default: path.resolve(ROOT, '../shared/corpus/sofa-weekly') },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
})

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'))
const log = (message: string): void => console.error(`[bench:scale] ${message}`)

/** Copies content/ (settings, projects) and imports the archive into it, as docs/content.md describes. */
function importCorpus(dir: string): void {
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })
  const result = spawnSync('npx', ['tsx', path.join(ROOT, 'scripts/import-hugo.ts'), options.corpus, '--out', path.join(dir, 'weekly')], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`import:hugo failed:\n${result.stdout}${result.stderr}`)
}

/** Synthetic issues follow the archive imported in this run when there is one, else the committed profile. */
function syntheticProfile(): CorpusProfile {
  const imported = path.join(work, 'content-corpus')
  return fs.existsSync(imported) ? measureCorpusProfile(imported, 'imported in this run') : readCorpusProfile()
}

function prepareContent(size: string): string {
  const dir = path.join(work, `content-${size}`)
  // A copy even of the sample: the rebuild adds an issue to it.
  if (size === 'sample') fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })
  else if (size === 'corpus') importCorpus(dir)
  else if (/^\d+$/.test(size)) generateIssues(dir, Number(size), { profile: syntheticProfile() })
  else throw new Error(`unknown size "${size}": use sample, corpus or a number of issues`)
  return dir
}

/** Next week's issue: the newest one again, a week later, as a maintainer's pull request adds it. */
function addNextIssue(contentDir: string): void {
  const weekly = path.join(contentDir, 'weekly')
  const newest = fs.readdirSync(weekly).filter((name) => /^\d{4}-\d{2}-\d{2}\.mdx$/.test(name)).toSorted().at(-1)
  if (!newest) throw new Error(`no issue in ${weekly}`)
  const date = new Date(`${newest.slice(0, 10)}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 7)
  const next = date.toISOString().slice(0, 10)
  const source = fs.readFileSync(path.join(weekly, newest), 'utf8')
  const text = source.replace(/^date: .*$/m, `date: ${next}`).replace(/^title: (.*)$/m, (_line, title: string) => `title: ${title} (${next})`)
  fs.writeFileSync(path.join(weekly, `${next}.mdx`), text)
}

function htmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  // Files only: a route handler named like a file (weekly/[slug]/email.html) is a folder of the build.
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file))
    .filter((file) => fs.statSync(file).isFile())
}

/** The lines where next build reports how long a phase took. */
function buildPhases(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\b(?:in|took) [\d.]+m?s\b/.test(line))
}

function checkBuild(run: CommandRun, what: string): void {
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}):\n${run.output.slice(-4000)}`)
}

async function pageSizes(browser: Browser, appDir: string): Promise<PageSize[]> {
  const page = await browser.newPage()
  const sizes: PageSize[] = []
  for (const file of htmlFiles(appDir)) {
    const html = fs.readFileSync(file, 'utf8')
    const elements = await page.evaluate((source) => new DOMParser().parseFromString(source, 'text/html').querySelectorAll('*').length, html)
    const route = `/${path.relative(appDir, file).replace(/\.html$/, '').replace(/^index$/, '')}`
    sizes.push({ route, gzip: zlib.gzipSync(html).length, elements })
  }
  await page.close()
  return sizes
}

async function waitForServer(origin: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${origin}/search`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer at ${origin}`)
}

/** Typed queries: the time between key presses, and the pause before Enter (a reader who looks at what they typed). */
const TYPED_KEY_MS = 80
const TYPED_PAUSE_MS = 300

/** One query in a fresh context (no cache, no engine state), the CPU slowed down, the index bytes counted as sent. */
async function timeOneSearch(
  browser: Browser,
  origin: string,
  timer: string,
  query: string,
  typed: boolean,
): Promise<{ ms: number; pageMs: number; bytes: number } | { error: string }> {
  let context: BrowserContext | undefined
  let cdp: CDPSession | undefined
  try {
    context = await browser.newContext()
    const page = await context.newPage()
    cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await cdp.send('Network.enable')
    const urls = new Map<string, string>()
    // Every byte of the index, the entry the page preloads included.
    let bytes = 0
    cdp.on('Network.responseReceived', ({ requestId, response }) => urls.set(requestId, response.url))
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      if (new URL(urls.get(requestId) ?? origin).pathname.startsWith('/search-index')) bytes += encodedDataLength
    })
    await page.goto(`${origin}/search`, { waitUntil: 'networkidle' })
    await page.addScriptTag({ content: timer })
    await page.evaluate(() => (window as unknown as { ScaleBench: typeof import('./scale-in-page') }).ScaleBench.waitForHydration(20_000))
    if (typed) {
      await page.locator('main input[type="search"]').pressSequentially(query, { delay: TYPED_KEY_MS })
      await page.waitForTimeout(TYPED_PAUSE_MS)
    }
    const { first, page: pageMs } = await page.evaluate(
      ({ q }) => (window as unknown as { ScaleBench: typeof import('./scale-in-page') }).ScaleBench.timeSearch(q, 20_000),
      { q: query },
    )
    await page.waitForLoadState('networkidle')
    return { ms: first, pageMs, bytes }
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) }
  } finally {
    // The CPU runs at full speed again before the page closes: Chromium slows a page by interrupting its main thread
    // with a signal whose handler spins, and a page closed while slowed down sometimes spins in it for good (seen
    // with perf: the renderer's main thread in that handler for minutes, the page never answering again).
    const release = async (): Promise<void> => {
      await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      await cdp?.detach()
    }
    await withinTime(release(), 5_000).catch(() => undefined)
    // A context of a browser that died is gone with it.
    await context?.close().catch(() => undefined)
  }
}

/**
 * A query's whole run, page load included. A renderer can also hang rather than die (seen: one spinning a core for
 * 15 minutes, its page never answering): past this, the browser is launched again and the query timed again.
 */
const QUERY_LIMIT_MS = 90_000

function withinTime<T>(task: Promise<T>, ms: number): Promise<T | { error: string }> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<{ error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ error: `hung: no answer after ${ms / 1000} s` }), ms)
  })
  return Promise.race([task, limit]).finally(() => clearTimeout(timer))
}

/** The benchmark's Chromium, launched again when it dies (a long run of fresh contexts can take it down). */
class BrowserHolder {
  private browser: Promise<Browser> = chromium.launch(chromiumLaunchOptions)

  current(): Promise<Browser> {
    return this.browser
  }

  async relaunch(): Promise<void> {
    const old = await this.browser
    await old.close().catch(() => undefined)
    this.browser = chromium.launch(chromiumLaunchOptions)
    await this.browser
  }

  async close(): Promise<void> {
    await (await this.browser).close().catch(() => undefined)
  }
}

/** Every query of bench/queries.ts against `next start`, each timed submitted at once and typed first. */
async function measureSearch(browsers: BrowserHolder, projectDir: string, contentDir: string, runs: number): Promise<SizeResult['search']> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, [nextBin(projectDir), 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: projectDir,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  })
  const timer = await bundleForBrowser(path.join(import.meta.dirname, 'scale-in-page.ts'), 'ScaleBench')
  const result: SizeResult['search'] = { bytes: [], ms: [], typedMs: [], pageMs: [], typedPageMs: [], failures: [], restarts: 0 }
  try {
    await waitForServer(origin)
    for (let run = 0; run < runs; run++) {
      for (const query of SEARCH_QUERIES) for (const typed of [false, true]) {
        // Chromium can die in a run of hundreds of fresh contexts: a query it took down is timed again in a new one.
        for (let attempt = 1; ; attempt++) {
          const outcome = await withinTime(timeOneSearch(await browsers.current(), origin, timer, query, typed), QUERY_LIMIT_MS)
          if ('ms' in outcome) {
            ;(typed ? result.typedMs : result.ms).push(outcome.ms)
            ;(typed ? result.typedPageMs : result.pageMs).push(outcome.pageMs)
            result.bytes.push(outcome.bytes)
            break
          }
          const lost = !(await browsers.current()).isConnected() || /has been closed|Target closed|crashed|hung/i.test(outcome.error)
          if (lost && attempt < 3) {
            log(`Chromium went away during "${query}"${typed ? ' (typed)' : ''}: launching it again`)
            result.restarts++
            await browsers.relaunch()
            continue
          }
          result.failures.push(`${query}${typed ? ' (typed)' : ''}: ${outcome.error}`)
          break
        }
      }
    }
  } finally {
    // The server and anything it started: its own process group.
    if (server.pid) stopGroup(server.pid)
  }
  return result
}

/** Stops a process group that may have stopped already (the search failures say so): nothing left to stop then. */
function stopGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error
  }
}

async function measureSize(size: string, browsers: BrowserHolder, runs: number): Promise<SizeResult> {
  const contentDir = prepareContent(size)
  const issues = fs.readdirSync(path.join(contentDir, 'weekly')).filter((name) => name.endsWith('.mdx')).length
  log(`${size}: ${issues} issues in ${contentDir}; next build …`)
  const project = copyProject()
  const buildLoad = os.loadavg()[0] ?? 0
  const built = await runMeasured(process.execPath, [nextBin(project), 'build'], project, { CONTENT_DIR: contentDir })
  checkBuild(built, `next build of ${size}`)
  const appDir = path.join(project, '.next', 'server', 'app')
  const sizes = await pageSizes(await browsers.current(), appDir)
  log(`${size}: built in ${built.seconds.toFixed(1)} s, ${sizes.length} HTML pages; the floor app …`)

  const floorDir = path.join(work, `floor-${size}`)
  writeFloorApp(floorDir, sizes.length)
  const floor = await runMeasured(process.execPath, [nextBin(floorDir), 'build'], floorDir, {})
  checkBuild(floor, `next build of the floor app (${size})`)
  const floorPages = htmlFiles(path.join(floorDir, '.next', 'server', 'app')).length
  log(`${size}: floor built in ${floor.seconds.toFixed(1)} s (${floorPages} pages); next week's issue, built again …`)

  // Search is timed on the first build: the rebuild's server would differ by one issue only.
  addNextIssue(contentDir)
  const rebuilt = await runMeasured(process.execPath, [nextBin(project), 'build'], project, { CONTENT_DIR: contentDir })
  checkBuild(rebuilt, `next build of ${size} with one more issue`)
  writeFloorApp(floorDir, htmlFiles(appDir).length)
  const floorRebuilt = await runMeasured(process.execPath, [nextBin(floorDir), 'build'], floorDir, {})
  checkBuild(floorRebuilt, `second next build of the floor app (${size})`)
  log(`${size}: rebuilt in ${rebuilt.seconds.toFixed(1)} s, the floor in ${floorRebuilt.seconds.toFixed(1)} s; search in Chromium …`)

  const searchLoad = os.loadavg()[0] ?? 0
  const search = await measureSearch(browsers, project, contentDir, runs)
  if (!options.keep) {
    fs.rmSync(project, { recursive: true, force: true })
    fs.rmSync(floorDir, { recursive: true, force: true })
  }
  const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a))
  const mostElements = sizes.reduce((a, b) => (b.elements > a.elements ? b : a))
  return {
    size,
    issues,
    pages: sizes.length,
    build: { seconds: built.seconds, peakRss: built.peakRss, phases: buildPhases(built.output) },
    floor: { seconds: floor.seconds, peakRss: floor.peakRss, pages: floorPages },
    rebuild: { seconds: rebuilt.seconds, floorSeconds: floorRebuilt.seconds },
    largest,
    mostElements,
    search,
    load: { build: buildLoad, search: searchLoad },
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)}`
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)}`

function printTable(results: readonly SizeResult[]): void {
  const rows = [
    [
      'content',
      'issues',
      'HTML pages',
      'build s',
      'floor s',
      'ratio',
      'rebuild s (floor) ratio',
      'peak RSS MB (floor)',
      'largest page KB gzip',
      'most elements',
      'search KB gzip p50 / max',
      'search ms p50 / p95',
      'typed ms p50 / p95',
      'full page ms p95 (typed)',
    ],
    ...results.map((r) => [
      r.size,
      String(r.issues),
      String(r.pages),
      r.build.seconds.toFixed(1),
      r.floor.seconds.toFixed(1),
      (r.build.seconds / r.floor.seconds).toFixed(2),
      `${r.rebuild.seconds.toFixed(1)} (${r.rebuild.floorSeconds.toFixed(1)}) ${(r.rebuild.seconds / r.rebuild.floorSeconds).toFixed(2)}`,
      `${mb(r.build.peakRss)} (${mb(r.floor.peakRss)})`,
      `${kb(r.largest.gzip)} ${r.largest.route}`,
      `${r.mostElements.elements} ${r.mostElements.route}`,
      `${kb(percentile(r.search.bytes, 50))} / ${kb(Math.max(...r.search.bytes))}`,
      `${Math.round(percentile(r.search.ms, 50))} / ${Math.round(percentile(r.search.ms, 95))}`,
      `${Math.round(percentile(r.search.typedMs, 50))} / ${Math.round(percentile(r.search.typedMs, 95))}`,
      `${Math.round(percentile(r.search.pageMs, 95))} (${Math.round(percentile(r.search.typedPageMs, 95))})`,
    ]),
  ]
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  const line = (row: string[]): string => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  console.log(line(rows[0] ?? []))
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`)
  for (const row of rows.slice(1)) console.log(line(row))
}

async function main(): Promise<void> {
  const sizes = (options.sizes ?? '').split(',').map((size) => size.trim()).filter(Boolean)
  const runs = Number(options.runs)
  if (sizes.includes('corpus') && !fs.existsSync(options.corpus ?? '')) {
    log(`no archive at ${options.corpus}: skipping "corpus" (give --corpus <folder>)`)
    sizes.splice(sizes.indexOf('corpus'), 1)
  }
  const browsers = new BrowserHolder()
  const results: SizeResult[] = []
  try {
    for (const size of sizes) results.push(await measureSize(size, browsers, runs))
  } finally {
    await browsers.close()
    if (!options.keep) fs.rmSync(work, { recursive: true, force: true })
  }

  console.log(`\nnpm run bench:scale, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} CPUs, Node ${process.versions.node}; search: ${SEARCH_QUERIES.length} queries × ${runs} runs, CPU ${CPU_SLOWDOWN}× slower; typed: ${TYPED_KEY_MS} ms a key, Enter ${TYPED_PAUSE_MS} ms after\n`)
  printTable(results)
  for (const r of results) {
    console.log(`\n${r.size}: load average ${r.load.build.toFixed(1)} at the build, ${r.load.search.toFixed(1)} at the search; next build phases: ${r.build.phases.join('; ')}`)
    if (r.search.restarts) console.log(`  Chromium died and was launched again ${r.search.restarts} time(s); those queries were timed again`)
    if (r.search.failures.length) console.log(`  search failures: ${r.search.failures.join('; ')}`)
  }
  if (options.json) fs.writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`)
}

await main()
