/**
 * Lighthouse 12 (mobile) scores and the bytes a reader downloads, for pages of the production build.
 * Usage: npm run build && npm run bench:lighthouse [-- --runs 3] [paths…]
 *
 * Scores are medians of several runs: performance on a shared 2-core machine is noisy. Bytes are what the page
 * itself loads from this site (HTML, CSS, JS), gzip-compressed, the figure the old Hugo site is compared on; then the
 * images Lighthouse's page load fetched (lazy images below the fold are not), and images that failed to load.
 */
import { spawn } from 'node:child_process'
import zlib from 'node:zlib'

import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'

import { chromiumLaunchOptions } from '../e2e/browser'

const args = process.argv.slice(2)
const runsFlag = args.indexOf('--runs')
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 3
const paths = args.filter((arg, i) => !arg.startsWith('--') && i !== runsFlag + 1)
if (paths.length === 0) paths.push('/', '/weekly/2022-05-27', '/tasks', '/qa', '/search?q=%E6%B3%A8%E5%86%8C%E4%B8%AD%E5%BF%83')

const port = 3599
const origin = `http://127.0.0.1:${port}`

/** The lab metrics the performance score is made of, by audit id. */
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${origin}/`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  throw new Error('server did not start')
}

/** Gzip size of the page's own HTML, CSS and JS, as served by this site. */
async function pageBytes(path: string): Promise<{ html: number; css: number; js: number }> {
  const html = await (await fetch(`${origin}${path}`)).text()
  const assets = [...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+\.(css|js))"/g)]
  const sizes = { html: zlib.gzipSync(html).length, css: 0, js: 0 }
  for (const [, url, kind] of new Map(assets.map((m) => [m[1], m])).values()) {
    const body = Buffer.from(await (await fetch(`${origin}${url}`)).arrayBuffer())
    sizes[kind as 'css' | 'js'] += zlib.gzipSync(body).length
  }
  return sizes
}

/** Image requests of a Lighthouse run: bytes transferred, how many loaded, how many failed. */
function imageRequests(details: unknown): { bytes: number; count: number; failed: number } {
  const items = details && typeof details === 'object' && 'items' in details && Array.isArray(details.items) ? (details.items as unknown[]) : []
  const images = items.filter((item): item is { transferSize?: number; statusCode?: number } =>
    typeof item === 'object' && item !== null && 'resourceType' in item && item.resourceType === 'Image',
  )
  const loaded = images.filter((item) => (item.statusCode ?? 0) >= 200 && (item.statusCode ?? 0) < 300)
  return { bytes: loaded.reduce((sum, item) => sum + (item.transferSize ?? 0), 0), count: loaded.length, failed: images.length - loaded.length }
}

async function main(): Promise<void> {
  const server = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true })
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: chromiumLaunchOptions.args,
  })
  try {
    await waitForServer()
    for (const path of paths) {
      const scores: Record<string, number[]> = {}
      const metrics: Record<string, number[]> = {}
      let images = { bytes: 0, count: 0, failed: 0 }
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' })
        for (const [id, category] of Object.entries(result?.lhr.categories ?? {})) {
          ;(scores[id] ??= []).push(Math.round((category.score ?? 0) * 100))
        }
        for (const [id, label] of Object.entries(METRICS)) {
          ;(metrics[label] ??= []).push(result?.lhr.audits[id]?.numericValue ?? Number.NaN)
        }
        images = imageRequests(result?.lhr.audits['network-requests']?.details)
      }
      const bytes = await pageBytes(path)
      const total = (bytes.html + bytes.css + bytes.js) / 1024
      console.log(
        `${decodeURI(path).padEnd(24)} ${Object.entries(scores)
          .map(([id, values]) => `${id} ${median(values)}`)
          .join(' / ')}  ·  ${total.toFixed(1)} KB gzip (HTML ${(bytes.html / 1024).toFixed(1)}, CSS ${(bytes.css / 1024).toFixed(1)}, JS ${(bytes.js / 1024).toFixed(1)})`,
      )
      console.log(`${''.padEnd(24)} images ${(images.bytes / 1024).toFixed(1)} KB in ${images.count} loaded, ${images.failed} failed`)
      console.log(
        `${''.padEnd(24)} ${Object.entries(metrics)
          .map(([label, values]) => `${label} ${label === 'CLS' ? median(values).toFixed(3) : `${Math.round(median(values))} ms`}`)
          .join(' / ')}`,
      )
    }
  } finally {
    await chrome.kill()
    if (server.pid) process.kill(-server.pid)
  }
}

await main()
