import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chromiumLaunchOptions } from '@/e2e/browser'
import type { Issue } from '@/lib/content/issue'
import { readContent } from '@/lib/content/load'
import { getDictionary } from '@/lib/i18n'

import { renderIssueEmail, renderIssueWechat, type PublishOptions } from '..'

/**
 * Every sample issue and every issue of the real archive (../shared/corpus, imported to a temporary folder; skipped
 * where it is absent), as an e-mail and as a WeChat article, opened in Chromium at a phone's 375 px and the mail
 * column's 600 px: nothing may scroll sideways. Screenshots of the newest sample issue go to SHOTS_DIR when set.
 */
const CORPUS = path.resolve('../shared/corpus/sofa-weekly')
const WIDTHS = [375, 600]

function importCorpus(): string | undefined {
  if (!fs.existsSync(CORPUS)) return undefined
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-corpus-'))
  fs.cpSync('content', dir, { recursive: true })
  const result = spawnSync('npx', ['tsx', 'scripts/import-hugo.ts', CORPUS, '--out', path.join(dir, 'weekly')], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`)
  return dir
}

let browser: Browser
let corpusDir: string | undefined

beforeAll(async () => {
  corpusDir = importCorpus()
  browser = await chromium.launch(chromiumLaunchOptions)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (corpusDir) fs.rmSync(corpusDir, { recursive: true, force: true })
})

function publishOptions(dir: string): { issues: Issue[]; options: PublishOptions } {
  const content = readContent(dir)
  return {
    issues: content.issues,
    options: { siteUrl: 'https://weekly.example.org', projects: content.projects, t: getDictionary(content.site.locale), siteName: content.site.name, locale: content.site.locale },
  }
}

/** The widest page width, in CSS pixels, of each document at each viewport width, by issue. */
async function overflows(documents: { name: string; html: string }[]): Promise<string[]> {
  const found: string[] = []
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 800 } })
    // No network here: remote images fail at once instead of hanging the load.
    await page.route(/^https?:/, (route) => route.abort())
    for (const { name, html } of documents) {
      await page.setContent(html, { waitUntil: 'domcontentloaded' })
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      if (scrollWidth > width) found.push(`${name} at ${width} px: ${scrollWidth} px wide`)
      if (process.env.SHOTS_DIR && name.startsWith('sample')) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `${name.replaceAll('/', '-')}-${width}.png`), fullPage: true })
    }
    await page.close()
  }
  return found
}

function documentsOf(label: string, dir: string): { name: string; html: string }[] {
  const { issues, options } = publishOptions(dir)
  return issues.flatMap((issue) => [
    { name: `${label}/${issue.slug}/email`, html: renderIssueEmail(issue, options).html },
    // The WeChat article is a fragment; the editor's column is the page's width.
    { name: `${label}/${issue.slug}/wechat`, html: `<!doctype html><meta charset="utf-8"><body style="margin:0">${renderIssueWechat(issue, options)}</body>` },
  ])
}

describe('published issues in Chromium', () => {
  it('the sample issues never scroll sideways at 375 and 600 px', async () => {
    expect(await overflows(documentsOf('sample', 'content'))).toEqual([])
  }, 120_000)

  it.skipIf(!fs.existsSync(CORPUS))('the imported archive never scrolls sideways at 375 and 600 px', async () => {
    if (!corpusDir) throw new Error('the archive was not imported')
    expect(await overflows(documentsOf('corpus', corpusDir))).toEqual([])
  }, 300_000)
})
