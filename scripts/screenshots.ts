/**
 * Screenshots of the built site at phone and desktop widths, light and dark, for looking at what readers see.
 * Usage: npm run build && npm run screenshots -- [paths…]   (writes PNGs to ./screenshots, git-ignored)
 *        npm run build && npm run screenshots -- --readme   (the README's docs/screenshot.png: the home page, 1280×1000)
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Page } from '@playwright/test'

import { chromiumLaunchOptions } from '../e2e/browser'

const port = 3199
const readme = process.argv.includes('--readme')
const args = process.argv.slice(2).filter((arg) => arg !== '--readme')
const paths = args.length ? args : ['/', '/weekly', '/weekly/2022-05-27', '/nope']
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

/** Loads the lazy images too: a full-page screenshot shows the whole page, not only what a reader has scrolled to. */
async function loadAllImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = [...document.images]
    for (const image of images) image.loading = 'eager'
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)))
  })
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true })
  const server = spawn('npx', ['next', 'start', '--port', String(port)], { stdio: 'ignore', detached: true })
  try {
    await waitForServer(`http://127.0.0.1:${port}/`)
    const browser = await chromium.launch(chromiumLaunchOptions)
    if (readme) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: 'light' })
      await page.goto(`http://127.0.0.1:${port}/`)
      await loadAllImages(page)
      await page.screenshot({ path: path.resolve('docs', 'screenshot.png') })
      console.log('docs/screenshot.png')
      await browser.close()
      return
    }
    for (const width of [360, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme })
        for (const route of paths) {
          await page.goto(`http://127.0.0.1:${port}${route}`)
          await loadAllImages(page)
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
