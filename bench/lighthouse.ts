/**
 * Lighthouse 12 (mobile) scores and the bytes a reader downloads, for pages of the production build.
 * Usage: npm run build && npm run bench:lighthouse [-- --runs 3] [--floor] [paths…]
 *
 * Scores are medians of several runs: performance on a shared 2-core machine is noisy. Bytes are what the page
 * itself loads from this site (HTML, CSS, JS), gzip-compressed, the figure the old Hugo site is compared on; then the
 * images Lighthouse's page load fetched (lazy images below the fold are not), and images that failed to load.
 *
 * `--floor` also builds the framework floor (bench/floor-app.ts: a minimal Next.js app of trivial static pages) and
 * measures its home page in the same run, with the same browser: what is left above it is the site's own cost.
 *
 * `--delay-scripts <ms>` is a diagnostic: the pages are loaded through a proxy that holds every Next.js script for
 * that long, so the framework's JavaScript arrives after the first frame, as it does on a real mobile network. On
 * this machine's loopback it arrives within milliseconds and runs before the first frame is presented, and
 * Lighthouse's simulation then counts its download into LCP (docs/performance.md#lighthouse). The simulation also
 * takes the delay as the server's response time, so FCP comes out too late: the score it gives is a lower bound.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import nodePath from 'node:path'
import zlib from 'node:zlib'

import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'

import { chromiumLaunchOptions } from '../e2e/browser'

import { nextBin, writeFloorApp } from './floor-app'

const args = process.argv.slice(2)
const runsFlag = args.indexOf('--runs')
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 3
const withFloor = args.includes('--floor')
const delayFlag = args.indexOf('--delay-scripts')
const scriptDelay = delayFlag >= 0 ? Number(args[delayFlag + 1]) : 0
if (delayFlag >= 0 && !(scriptDelay > 0)) throw new Error('--delay-scripts needs a number of milliseconds above 0, e.g. --delay-scripts 500')
const flagValues = new Set([runsFlag, delayFlag].filter((i) => i >= 0).map((i) => i + 1))
const paths = args.filter((arg, i) => !arg.startsWith('--') && !flagValues.has(i))
if (paths.length === 0) paths.push('/', '/weekly/2022-05-27', '/tasks', '/qa', '/search?q=%E6%B3%A8%E5%86%8C%E4%B8%AD%E5%BF%83')

const port = 3599
const floorPort = 3598
const proxyPort = 3597
let origin = `http://127.0.0.1:${port}`

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

/** Scores, metrics and bytes of each path, medians of `runs` Lighthouse runs, printed as they come. */
async function measure(chromePort: number, label: (path: string) => string, pathsToMeasure: readonly string[]): Promise<void> {
  for (const path of pathsToMeasure) {
    const scores: Record<string, number[]> = {}
    const metrics: Record<string, number[]> = {}
    let images = { bytes: 0, count: 0, failed: 0 }
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${path}`, { port: chromePort, output: 'json', logLevel: 'error', formFactor: 'mobile' })
      for (const [id, category] of Object.entries(result?.lhr.categories ?? {})) {
        ;(scores[id] ??= []).push(Math.round((category.score ?? 0) * 100))
      }
      for (const [id, metric] of Object.entries(METRICS)) {
        ;(metrics[metric] ??= []).push(result?.lhr.audits[id]?.numericValue ?? Number.NaN)
      }
      images = imageRequests(result?.lhr.audits['network-requests']?.details)
    }
    const bytes = await pageBytes(path)
    const total = (bytes.html + bytes.css + bytes.js) / 1024
    console.log(
      `${label(path).padEnd(24)} ${Object.entries(scores)
        .map(([id, values]) => `${id} ${median(values)}`)
        .join(' / ')}  ·  ${total.toFixed(1)} KB gzip (HTML ${(bytes.html / 1024).toFixed(1)}, CSS ${(bytes.css / 1024).toFixed(1)}, JS ${(bytes.js / 1024).toFixed(1)})`,
    )
    console.log(`${''.padEnd(24)} images ${(images.bytes / 1024).toFixed(1)} KB in ${images.count} loaded, ${images.failed} failed`)
    console.log(
      `${''.padEnd(24)} ${Object.entries(metrics)
        .map(([metric, values]) => `${metric} ${metric === 'CLS' ? median(values).toFixed(3) : `${Math.round(median(values))} ms`}`)
        .join(' / ')}`,
    )
  }
}

/**
 * A proxy in front of `upstreamPort` that holds the responses of Next.js scripts for `delay` ms and passes everything
 * else straight through, over kept-alive connections (a new connection per request would change the simulation).
 */
function startScriptDelayProxy(upstreamPort: number, listenPort: number, delay: number): http.Server {
  const agent = new http.Agent({ keepAlive: true })
  const server = http.createServer((request, response) => {
    const forward = () => {
      const upstream = http.request(
        { host: '127.0.0.1', port: upstreamPort, path: request.url, method: request.method, headers: request.headers, agent },
        (reply) => {
          response.writeHead(reply.statusCode ?? 502, reply.headers)
          reply.pipe(response)
        },
      )
      upstream.on('error', () => response.destroy())
      request.pipe(upstream)
    }
    if (/^\/_next\/static\/.+\.js(\?|$)/.test(request.url ?? '')) setTimeout(forward, delay)
    else forward()
  })
  server.listen(listenPort, '127.0.0.1')
  return server
}

/** `next start` of a built app, in its own process group so that stopping it stops the server it starts. */
function startServer(dir: string, listenPort: number): ChildProcess {
  return spawn(process.execPath, [nextBin(dir), 'start', '--hostname', '127.0.0.1', '--port', String(listenPort)], {
    cwd: dir,
    stdio: 'ignore',
    detached: true,
  })
}

function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid)
}

/** Builds the floor app in a temporary folder and measures its home page as the site's pages were. */
async function measureFloor(chromePort: number): Promise<void> {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'bench-lighthouse-floor-'))
  try {
    writeFloorApp(dir, 4)
    const built = spawnSync(process.execPath, [nextBin(dir), 'build'], { cwd: dir, encoding: 'utf8' })
    if (built.status !== 0) throw new Error(`next build of the floor app failed:\n${built.stdout}${built.stderr}`)
    origin = `http://127.0.0.1:${floorPort}`
    const server = startServer(dir, floorPort)
    try {
      await waitForServer()
      await measure(chromePort, () => 'floor: minimal app /', ['/'])
    } finally {
      stopServer(server)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const server = startServer(process.cwd(), port)
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: chromiumLaunchOptions.args,
  })
  const proxy = scriptDelay > 0 ? startScriptDelayProxy(port, proxyPort, scriptDelay) : undefined
  try {
    await waitForServer()
    if (proxy) origin = `http://127.0.0.1:${proxyPort}`
    const label = (path: string) => (proxy ? `${decodeURI(path)} (scripts +${scriptDelay} ms)` : decodeURI(path))
    await measure(chrome.port, label, paths)
    stopServer(server)
    if (withFloor) await measureFloor(chrome.port)
  } finally {
    proxy?.closeAllConnections()
    proxy?.close()
    await chrome.kill()
    try {
      stopServer(server)
    } catch {
      // Stopped already.
    }
  }
}

await main()
