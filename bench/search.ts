/**
 * Search index size and query time in Chromium, for the sample content and a generated 200-issue folder.
 * Usage: npm run bench:search [-- <content dir>…]
 *
 * The engine runs in headless Chromium exactly as the search page runs it (the same module, bundled), against the
 * same JSON the site serves. Query times are medians of many runs: these machines are shared and noisy.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { chromium } from '@playwright/test'
import { build } from 'esbuild'

import { chromiumLaunchOptions } from '../e2e/browser'
import { collectBoardTasks, collectQAs } from '../lib/content/aggregate'
import { readContent } from '../lib/content/load'
import { collectSearchDocuments } from '../lib/content/search-documents'
import { buildSearchIndex } from '../lib/search/engine'
import { generateIssues } from '../scripts/generate-issues'

/** Chinese phrases, a Chinese word inside longer ones, English prefixes and mixed queries, for either content. */
const QUERIES = ['注册中心', '服务注册', '单元测试', 'RpcInvokeContext', 'RegistryConfig12', 'dubbo zk', 'actuator', 'registry address', '分布式 layotto']
const RUNS = 41

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function bundleEngine(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { loadSearchIndex, search } from './lib/search/engine'",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'SearchEngine',
    minify: true,
    write: false,
    target: 'es2022',
  })
  return result.outputFiles[0]?.text ?? ''
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2)
  if (dirs.length === 0) {
    dirs.push(path.resolve('content'))
    dirs.push(generateIssues(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-200-')), 200).dir)
  }
  const engine = await bundleEngine()
  const browser = await chromium.launch(chromiumLaunchOptions)
  console.log(`engine bundle: ${(engine.length / 1024).toFixed(1)} KB minified, ${(zlib.gzipSync(engine).length / 1024).toFixed(1)} KB gzip`)

  for (const dir of dirs) {
    const { issues, projects } = readContent(dir)
    const documents = collectSearchDocuments(issues, collectQAs(issues), collectBoardTasks(issues), projects)
    const json = JSON.stringify(buildSearchIndex(documents))
    const page = await browser.newPage()
    await page.setContent('<!doctype html><title>bench</title>')
    await page.addScriptTag({ content: engine })
    const timings = await page.evaluate(
      ({ indexJson, queries, runs }) => {
        const { loadSearchIndex, search } = (window as unknown as { SearchEngine: typeof import('../lib/search/engine') }).SearchEngine
        const loads: number[] = []
        let index = loadSearchIndex(indexJson)
        for (let i = 0; i < 5; i++) {
          const start = performance.now()
          index = loadSearchIndex(indexJson)
          loads.push(performance.now() - start)
        }
        const perQuery: Record<string, { ms: number[]; hits: number }> = {}
        for (const query of queries) {
          const ms: number[] = []
          for (let i = 0; i < runs; i++) {
            const start = performance.now()
            search(index, query)
            ms.push(performance.now() - start)
          }
          perQuery[query] = { ms, hits: search(index, query).length }
        }
        return { loads, perQuery }
      },
      { indexJson: json, queries: QUERIES, runs: RUNS },
    )
    await page.close()

    console.log(`\n${dir}: ${issues.length} issues, ${documents.length} documents`)
    console.log(`  index: ${(json.length / 1024).toFixed(1)} KB JSON, ${(zlib.gzipSync(json).length / 1024).toFixed(1)} KB gzip; load ${median(timings.loads).toFixed(1)} ms (median of 5)`)
    const medians = Object.entries(timings.perQuery).map(([query, { ms, hits }]) => ({ query, hits, median: median(ms) }))
    for (const { query, hits, median: ms } of medians) console.log(`  ${query.padEnd(18)} ${String(hits).padStart(4)} hits  ${ms.toFixed(2)} ms`)
    const found = medians.filter((m) => m.hits > 0)
    console.log(`  median query time over the ${found.length} queries with results: ${median(found.map((m) => m.median)).toFixed(2)} ms (each the median of ${RUNS} runs; Chromium's clock is 0.1 ms)`)
  }
  await browser.close()
}

await main()
