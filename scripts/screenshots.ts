/**
 * Screenshots of the built site at phone and desktop widths, light and dark, for looking at what readers see.
 * Usage: npm run build && npm run screenshots -- [paths…]   (writes PNGs to ./screenshots, git-ignored)
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { chromium } from '@playwright/test'

import { chromiumLaunchOptions } from '../e2e/browser'

const port = 3199
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/weekly', '/weekly/2022-05-27', '/nope']
const outDir = path.resolve('screenshots')

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  throw new Error(`server at ${url} did not start`)
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true })
  const server = spawn('npx', ['next', 'start', '--port', String(port)], { stdio: 'ignore', detached: true })
  try {
    await waitForServer(`http://127.0.0.1:${port}/`)
    const browser = await chromium.launch(chromiumLaunchOptions)
    for (const width of [360, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme })
        for (const route of paths) {
          await page.goto(`http://127.0.0.1:${port}${route}`)
          const name = `${route.replace(/\W+/g, '_') || 'home'}-${width}-${colorScheme}.png`
          await page.screenshot({ path: path.join(outDir, name), fullPage: true })
          console.log(name)
        }
        await page.close()
      }
    }
    await browser.close()
  } finally {
    if (server.pid) process.kill(-server.pid)
  }
}

await main()
