/**
 * The weight of every page of a build against the page budget (issue 11): at most 60 KB of gzipped HTML and 1,500
 * elements, whatever the archive holds. Prints the heaviest pages; exits 1 when any page is over.
 *
 *   npx tsx scripts/page-budget.ts [dir]      # dir: .next/server/app (next build, the default) or out (export)
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

import type { Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'

export const PAGE_BUDGET = { gzipBytes: 60_000, elements: 1_500 } as const

export interface PageWeight {
  /** Relative to the folder measured: `qa/page/2.html`. */
  file: string
  bytes: number
  /** At zlib's default level, as a web server compresses on the fly. */
  gzipBytes: number
  /** Elements of the document as a browser parses it: what Lighthouse's DOM size counts. */
  elements: number
}

function countElements(node: Nodes): number {
  if (!('children' in node)) return 0
  return node.children.reduce((count, child) => count + (child.type === 'element' ? 1 : 0) + countElements(child), 0)
}

export function measureHtml(html: string): Omit<PageWeight, 'file'> {
  const buffer = Buffer.from(html)
  return { bytes: buffer.length, gzipBytes: gzipSync(buffer).length, elements: countElements(fromHtml(html)) }
}

/**
 * The `.html` files under `dir`, relative to it: files only, as a route handler named like a file
 * (`app/weekly/[slug]/email.html/`) is a folder of the build.
 */
export function htmlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** Every `.html` file under `dir`, heaviest (gzipped) first. */
export function measurePages(dir: string): PageWeight[] {
  return htmlFilesUnder(dir)
    .map((file) => ({ file, ...measureHtml(fs.readFileSync(path.join(dir, file), 'utf8')) }))
    .toSorted((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file))
}

export function isOverBudget(page: PageWeight): boolean {
  return page.gzipBytes > PAGE_BUDGET.gzipBytes || page.elements > PAGE_BUDGET.elements
}

export function formatPageWeight(page: PageWeight): string {
  return `${page.file}: ${page.gzipBytes.toLocaleString('en')} B gzip (${page.bytes.toLocaleString('en')} B), ${page.elements.toLocaleString('en')} elements`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? '.next/server/app'
  const pages = measurePages(dir)
  const byElements = pages.toSorted((a, b) => b.elements - a.elements)[0]
  console.log(`${pages.length} pages in ${dir}/; budget ${PAGE_BUDGET.gzipBytes.toLocaleString('en')} B gzip, ${PAGE_BUDGET.elements.toLocaleString('en')} elements`)
  for (const page of pages.slice(0, 10)) console.log(`  ${formatPageWeight(page)}`)
  if (byElements) console.log(`most elements: ${formatPageWeight(byElements)}`)
  const over = pages.filter(isOverBudget)
  for (const page of over) console.error(`over budget: ${formatPageWeight(page)}`)
  process.exitCode = over.length > 0 ? 1 : 0
}
