/**
 * The sharded search index without a site build: its files, and what each query downloads and how long it takes in
 * Chromium with the CPU slowed down four times (as Lighthouse's mobile profile does), for the sample content and a
 * generated 1,000-issue folder, or the content folders given.
 * Usage: npm run bench:search [-- <content dir>…]
 *
 * The engine runs in headless Chromium exactly as the search page runs it (the same module, bundled) over the same
 * files the site serves, read from memory instead of the network, so the times are the engine's own: parsing,
 * matching, ranking, snippets. npm run bench:scale measures the built site, network and rendering included.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { chromium } from '@playwright/test'

import { chromiumLaunchOptions } from '../e2e/browser'
import { collectBoardTasks, collectQAs } from '../lib/content/aggregate'
import { readContent } from '../lib/content/load'
import { collectSearchDocuments } from '../lib/content/search-documents'
import { buildSearchIndex } from '../lib/search/build-index'
import { generateIssues } from '../scripts/generate-issues'

import { bundleForBrowser } from './browser-bundle'
import { SEARCH_QUERIES, percentile } from './queries'

const RUNS = 15
const CPU_SLOWDOWN = 4

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

async function main(): Promise<void> {
  const dirs = process.argv.slice(2)
  if (dirs.length === 0) {
    dirs.push(path.resolve('content'))
    dirs.push(generateIssues(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-1000-')), 1000).dir)
  }
  const engine = await bundleForBrowser(path.join(import.meta.dirname, 'search-in-page.ts'), 'SearchBench')
  const browser = await chromium.launch(chromiumLaunchOptions)
  console.log(`engine bundle (with the benchmark's loop): ${kb(engine.length)} minified, ${kb(zlib.gzipSync(engine).length)} gzip`)

  for (const dir of dirs) {
    const { issues, projects } = readContent(dir)
    const documents = collectSearchDocuments(issues, collectQAs(issues), collectBoardTasks(issues), projects)
    const started = performance.now()
    const index = buildSearchIndex(documents)
    const buildMs = performance.now() - started
    const metaJson = JSON.stringify(index.meta)
    const fileTexts = Object.fromEntries(index.files)
    const gzipped = Object.fromEntries([...index.files].map(([name, json]) => [name, zlib.gzipSync(json).length]))
    const sizes = (prefix: string) => Object.entries(gzipped).filter(([name]) => name.startsWith(prefix)).map(([, bytes]) => bytes)

    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.setContent('<!doctype html><title>bench</title>')
    await page.addScriptTag({ content: engine })
    const results = await page.evaluate(
      ({ meta, files, queries, runs }) => (window as unknown as { SearchBench: typeof import('./search-in-page') }).SearchBench.timeQueries(meta, files, queries, runs),
      { meta: metaJson, files: fileTexts, queries: SEARCH_QUERIES, runs: RUNS },
    )
    // Full speed before closing: a page closed while Chromium slows it down can spin for good (bench/scale.ts).
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await page.close()

    const shards = sizes('t')
    const chunks = sizes('r')
    console.log(`\n${dir}: ${issues.length} issues, ${documents.length} documents; index built in ${(buildMs / 1000).toFixed(1)} s`)
    console.log(`  entry ${kb(zlib.gzipSync(metaJson).length)} gzip; ${shards.length} term shards (median ${kb(percentile(shards, 50))}, largest ${kb(Math.max(...shards))} gzip); ${chunks.length} record chunks (median ${kb(percentile(chunks, 50))}, largest ${kb(Math.max(...chunks))} gzip)`)
    console.log(`  ${'query'.padEnd(18)} ${'results'.padStart(7)}  files  downloads (gzip, entry included)  cold p50/p95 ms  warm p50 ms`)
    const entry = zlib.gzipSync(metaJson).length
    for (const { query, total, files: read, cold, warm } of results) {
      const bytes = entry + read.reduce((sum, name) => sum + (gzipped[name] ?? 0), 0)
      console.log(
        `  ${query.padEnd(18)} ${String(total).padStart(7)}  ${String(read.length + 1).padStart(5)}  ${kb(bytes).padStart(9)}${' '.repeat(25)}${percentile(cold, 50).toFixed(1).padStart(6)} / ${percentile(cold, 95).toFixed(1).padEnd(6)}  ${percentile(warm, 50).toFixed(1).padStart(6)}`,
      )
    }
  }
  await browser.close()
}

await main()
