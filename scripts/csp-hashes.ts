/**
 * Pins every inline script of the static export to its hash:
 *
 *   npx tsx scripts/csp-hashes.ts out      # run by npm run build:static after next build
 *
 * Next.js writes a few inline scripts into each page (the RSC payload, the theme set before paint), different on
 * every page, so the HTTP header (lib/security-headers.mjs), one for all pages, has to allow 'unsafe-inline'. In
 * the static export every page is a file, so each can carry its own policy: a <meta http-equiv> Content-Security-
 * Policy at the top of <head> that allows only the hashes of that page's inline scripts. Browsers enforce both
 * policies, so an inline script that is not the build's own (an injection that got past every other check) does
 * not run. `next start` renders the same pages; adding per-page hashes there would mean rendering per request.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g

/** The page with a script-src policy of its own inline scripts' hashes, inserted first in <head>. */
export function pinInlineScripts(html: string): { html: string; scripts: number } {
  if (html.includes('<meta http-equiv="Content-Security-Policy"')) return { html, scripts: 0 }
  const hashes = new Set<string>()
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype=["']?([^"'\s>]+)/.exec(match[1] ?? '')?.[1]
    // Data blocks (JSON-LD) are never run, and CSP does not apply to them.
    if (type && type !== 'module' && !/javascript/i.test(type)) continue
    hashes.add(`'sha256-${createHash('sha256').update(match[2] ?? '').digest('base64')}'`)
  }
  const policy = `script-src 'self' ${[...hashes].join(' ')}`.trim()
  const head = html.indexOf('<head>')
  if (head === -1) throw new Error('page has no <head>')
  const at = head + '<head>'.length
  return { html: `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`, scripts: hashes.size }
}

/** The pages of the export; an issue's `email.html` is a message to paste into a sending service, not a page, and holds no script. */
function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && entry.name !== 'email.html')
    .map((entry) => path.join(entry.parentPath, entry.name))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'out'
  let pages = 0
  let scripts = 0
  for (const file of htmlFiles(dir)) {
    const pinned = pinInlineScripts(fs.readFileSync(file, 'utf8'))
    fs.writeFileSync(file, pinned.html)
    pages++
    scripts += pinned.scripts
  }
  console.log(`csp-hashes: ${pages} pages in ${dir}/, ${scripts} inline scripts pinned by hash`)
}
