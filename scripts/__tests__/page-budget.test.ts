import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { isOverBudget, measureHtml, measurePages, PAGE_BUDGET } from '../page-budget'

describe('page weight', () => {
  it('counts the elements a browser builds: implied ones included, none inside scripts, styles or comments', () => {
    const html = '<!doctype html><title>x</title><script>document.write("<div><div>")</script><style>p>b{}</style><!-- <p> --><p>one<p>two <b>bold</b></p>'
    // html, head, title, script, style, body, p, p, b
    expect(measureHtml(html).elements).toBe(9)
  })

  it('weighs the page as a server sends it gzipped', () => {
    const html = `<!doctype html><html><body>${'<p>重复的段落</p>'.repeat(500)}</body></html>`
    const { bytes, gzipBytes } = measureHtml(html)
    expect(bytes).toBe(Buffer.byteLength(html))
    expect(gunzipSync(gzipSync(html)).toString()).toBe(html)
    expect(gzipBytes).toBe(gzipSync(html).length)
    expect(gzipBytes).toBeLessThan(bytes / 10)
  })

  describe('of a build folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-pages-'))
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
    fs.mkdirSync(path.join(dir, 'qa', 'page'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'index.html'), '<p>home</p>')
    fs.writeFileSync(path.join(dir, 'qa', 'page', '2.html'), `<ul>${'<li>x</li>'.repeat(PAGE_BUDGET.elements)}</ul>`)
    fs.writeFileSync(path.join(dir, 'qa', 'page', '2.rsc'), 'not a page')

    it('measures every HTML page under it, heaviest first, and finds the ones over budget', () => {
      const pages = measurePages(dir)
      expect(pages.map((page) => page.file)).toEqual([path.join('qa', 'page', '2.html'), 'index.html'])
      expect(pages.map((page) => page.elements)).toEqual([PAGE_BUDGET.elements + 4, 4])
      expect(pages.filter(isOverBudget).map((page) => page.file)).toEqual([path.join('qa', 'page', '2.html')])
    })
  })
})
