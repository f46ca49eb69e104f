import { expect, test, type Page } from '@playwright/test'
import { PNG } from 'pngjs'

import { SEED, SEED_TITLE } from './seed'

const SITE = 'https://weekly.example.org'

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`)

for (const path of ['/', '/weekly', SEED, '/tasks', '/qa', '/projects/layotto', `/tags/${encodeURIComponent('示例')}`, '/no-such-page']) {
  test(`${path} links the three feeds for autodiscovery`, async ({ page }) => {
    await page.goto(path)
    for (const [type, file] of [
      ['application/rss+xml', 'feed.xml'],
      ['application/atom+xml', 'atom.xml'],
      ['application/feed+json', 'feed.json'],
    ]) {
      await expect(page.locator(`head link[rel="alternate"][type="${type}"]`)).toHaveAttribute('href', `${SITE}/${file}`)
    }
  })
}

test('the footer links the RSS feed', async ({ page }) => {
  await page.goto('/weekly')
  await expect(page.getByRole('contentinfo').getByRole('link', { name: '订阅 RSS' })).toHaveAttribute('href', '/feed.xml')
})

test('the seed issue has canonical, Open Graph, Twitter card and JSON-LD metadata', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${SEED}`)
  await expect(meta(page, 'og:title')).toHaveAttribute('content', SEED_TITLE)
  await expect(meta(page, 'og:description')).toHaveAttribute('content', SEED_TITLE)
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article')
  await expect(meta(page, 'og:url')).toHaveAttribute('content', `${SITE}${SEED}`)
  await expect(meta(page, 'og:locale')).toHaveAttribute('content', 'zh_CN')
  await expect(meta(page, 'article:published_time')).toHaveAttribute('content', '2022-05-27')
  await expect(meta(page, 'og:image')).toHaveAttribute('content', `${SITE}${SEED}/og.png`)
  await expect(meta(page, 'og:image:width')).toHaveAttribute('content', '1200')
  await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image')
  await expect(meta(page, 'twitter:image')).toHaveAttribute('content', `${SITE}${SEED}/og.png`)

  const scripts = page.locator('script[type="application/ld+json"]')
  await expect(scripts).toHaveCount(1)
  const jsonLd = JSON.parse((await scripts.textContent()) ?? '') as Record<string, unknown>
  expect(jsonLd).toMatchObject({ '@type': 'BlogPosting', headline: SEED_TITLE, datePublished: '2022-05-27', url: `${SITE}${SEED}` })
})

test("the seed issue's social image is a 1200×630 PNG with something drawn on it", async ({ page, request }) => {
  await page.goto(SEED)
  const imageUrl = new URL((await meta(page, 'og:image').getAttribute('content')) ?? '')
  const response = await request.get(imageUrl.pathname)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const png = PNG.sync.read(await response.body())
  expect([png.width, png.height]).toEqual([1200, 630])
  // A blank card would be one or two colours; text anti-aliasing gives hundreds.
  const colours = new Set<number>()
  for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i))
  expect(colours.size).toBeGreaterThan(200)
})

test('every page in the sitemap has its own canonical URL and a share card', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const urls = [...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1] ?? '')
  expect(urls).toContain(`${SITE}${SEED}`)
  expect(urls).toContain(SITE)
  expect(urls.length).toBeGreaterThan(15)
  // Crawlers and link previews read the served HTML without running it, so that is what is checked: each page is
  // fetched and its <head> parsed by the browser's DOMParser, which neither runs scripts nor loads anything.
  await page.goto('/robots.txt')
  for (const url of urls) {
    const response = await request.get(new URL(url).pathname)
    expect(response.status(), url).toBe(200)
    const head = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html')
      const content = (key: string) =>
        doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null
      return {
        canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        ogUrl: content('og:url'),
        ogImage: content('og:image'),
        twitterCard: content('twitter:card'),
      }
    }, await response.text())
    expect(head, url).toEqual({
      canonical: url,
      ogUrl: url,
      ogImage: expect.stringMatching(/^https:\/\/weekly\.example\.org\/.*og\.png$/),
      twitterCard: 'summary_large_image',
    })
  }
})

test('feeds are served with their media types', async ({ request }, testInfo) => {
  // `next start` sends each feed's own type; a static server types files by extension (nginx: text/xml for .xml,
  // application/json for .json), which feed readers accept as well.
  const byExtension = testInfo.project.name === 'static-export'
  for (const [path, type, staticType, start] of [
    ['/feed.xml', 'application/rss+xml; charset=utf-8', /^text\/xml/, '<?xml'],
    ['/atom.xml', 'application/atom+xml; charset=utf-8', /^text\/xml/, '<?xml'],
    ['/feed.json', 'application/feed+json; charset=utf-8', /^application\/json/, '{'],
  ] as const) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const contentType = response.headers()['content-type'] ?? ''
    expect(byExtension ? staticType.test(contentType) : contentType === type, `${path}: ${contentType}`).toBe(true)
    const body = await response.text()
    expect(body.startsWith(start), path).toBe(true)
    expect(body, path).toContain('RpcInvokeContextv6')
  }
})

test('robots.txt allows crawling and points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('User-Agent: *')
  expect(robots).toContain('Allow: /')
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`)
})
