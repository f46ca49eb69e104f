import { expect, test } from '@playwright/test'
import { z } from 'zod'

import { securityHeaders } from '@/lib/security-headers.mjs'
import { staticServerKind } from '@/scripts/serve-export'

import { SEED } from './seed'

// Only in the static-export project (playwright.config.ts): what a static host adds to the shared specs.

const PAGES = ['/', '/weekly', '/weekly/2022', SEED, '/tasks', '/tasks/project/layotto/difficulty/medium', '/qa', '/qa/project/mosn', '/projects', '/projects/layotto', '/projects/layotto/issues', '/contributors', '/tags', '/search']

/**
 * Files the export writes besides pages, with their types. The feeds (/feed.xml, /atom.xml, /feed.json), the sitemap
 * and robots.txt belong here too, once they are built.
 */
const FILES = [
  { path: '/search-index.json', type: /^application\/json/ },
  { path: '/qa/anchors.json', type: /^application\/json/ },
  { path: '/tasks/anchors.json', type: /^application\/json/ },
  { path: '/feed.xml', type: /^(application\/rss\+xml|text\/xml|application\/xml)/ },
  { path: '/atom.xml', type: /^(application\/atom\+xml|text\/xml|application\/xml)/ },
  { path: '/feed.json', type: /^application\/(feed\+)?json/ },
  { path: '/sitemap.xml', type: /^(text|application)\/xml/ },
  { path: '/robots.txt', type: /^text\/plain/ },
  { path: '/og.png', type: /^image\/png/ },
  { path: '/weekly/2022-05-27/og.png', type: /^image\/png/ },
]

test('every page is a plain file under its clean URL', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path)
    expect({ path, status: response.status(), type: response.headers()['content-type'] }).toEqual({
      path,
      status: 200,
      type: 'text/html; charset=utf-8',
    })
  }
})

test('a Chinese tag page answers at the percent-encoded address a browser requests', async ({ page }) => {
  const response = await page.goto(`/tags/${encodeURIComponent('示例')}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：示例')
})

test('files besides pages are served with their types', async ({ request }) => {
  for (const { path, type } of FILES) {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(type)
  }
})

test('an unknown address is a 404 with the site’s 404 page and the security headers', async ({ page }) => {
  for (const path of ['/no-such-page', '/weekly/1999-01-01', '/404.html']) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在')
    const headers = await response?.allHeaders()
    expect(securityHeaders().filter(({ key, value }) => headers?.[key.toLowerCase()] !== value)).toEqual([])
  }
})

test.describe('with nginx', () => {
  test.skip(staticServerKind() !== 'nginx', 'cache headers and compression are nginx’s; the Node fallback serves without them')

  test('hashed assets are cached for a year, pages revalidated, text compressed', async ({ page, request }) => {
    const home = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(home.headers()['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect(home.headers()['content-encoding']).toBe('gzip')
    await page.goto('/')
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href')
    expect(stylesheet).toMatch(/^\/_next\/static\//)
    const asset = await request.get(stylesheet ?? '', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(asset.headers()['content-encoding']).toBe('gzip')
    const entry = await request.get('/search-index.json')
    expect(entry.headers()['cache-control']).toBe('public, max-age=300')
    // The shards are in a folder named by the index's hash: a new index is a new folder, so they never change.
    const { hash } = z.object({ hash: z.string() }).parse(await entry.json())
    const shard = await request.get(`/search-index/${hash}/t0.json`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(shard.headers()['content-type']).toMatch(/^application\/json/)
    expect(shard.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(shard.headers()['content-encoding']).toBe('gzip')
  })
})

test('every page pins its inline scripts by hash, so an injected inline script would not run', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/)
    // The browser enforces it: a script added inline now, with no matching hash, is refused.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.injectedScriptRan = true'
      document.body.append(script)
      return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true
    })
    expect(ran, path).toBe(false)
  }
})
