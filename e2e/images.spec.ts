import { expect, test, type Locator, type Page } from '@playwright/test'

import { SEED } from './seed'

/** The image's laid-out box, its natural size and what the browser chose to download. */
function state(image: Locator) {
  return image.evaluate((img: HTMLImageElement) => {
    const box = img.getBoundingClientRect()
    return { boxWidth: box.width, boxHeight: box.height, natural: img.naturalWidth, complete: img.complete, currentSrc: img.currentSrc }
  })
}

/** Requests the page makes to any other origin than the site's. */
function requestsElsewhere(page: Page, origin: string): string[] {
  const elsewhere: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) elsewhere.push(request.url())
  })
  return elsewhere
}

test('the home page loads its cover first, as WebP at its real aspect ratio, and the banner lazily', async ({ page, baseURL }) => {
  const elsewhere = requestsElsewhere(page, baseURL ?? '')
  await page.goto('/')
  const cover = page.locator('article header picture img')
  await expect(cover).toHaveAttribute('src', '/images/2022-05-27-cover.png')
  await expect(cover).toHaveAttribute('width', '1200')
  await expect(cover).toHaveAttribute('height', '500')
  await expect(cover).toHaveAttribute('loading', 'eager')
  await expect(cover).toHaveAttribute('fetchpriority', 'high')
  await expect(page.locator('article header picture source')).toHaveAttribute('type', 'image/webp')
  await expect(page.locator('article header picture source')).toHaveAttribute('srcset', /^\/images\/sizes\/[0-9a-f]{16}-480\.webp 480w, \S+-960\.webp 960w, \S+-1200\.webp 1200w$/)
  await expect.poll(async () => (await state(cover)).currentSrc).toMatch(/\/images\/sizes\/[0-9a-f]{16}-(960|1200)\.webp$/)
  const { boxWidth, boxHeight } = await state(cover)
  expect(Math.abs(boxHeight - (boxWidth * 500) / 1200)).toBeLessThan(1)

  const banner = page.getByRole('img', { name: 'SOFAStack 社区本周 Contributor' })
  await expect(banner).toHaveAttribute('loading', 'lazy')
  await expect(banner).not.toHaveAttribute('fetchpriority', /.*/)
  expect(elsewhere).toEqual([])
})

test('the issue page loads its largest image first; every image has its box before it loads and comes from the site', async ({ page, baseURL }) => {
  const elsewhere = requestsElsewhere(page, baseURL ?? '')
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(SEED)

  const banner = page.getByRole('img', { name: 'SOFAStack 社区本周 Contributor' })
  await expect(banner).toHaveAttribute('loading', 'eager')
  await expect(banner).toHaveAttribute('fetchpriority', 'high')
  await expect(banner).toHaveAttribute('width', '1080')
  await expect(banner).toHaveAttribute('height', '540')

  // Far below the fold, not loaded yet, yet already as tall as it will be: nothing moves when it arrives.
  const card = page.getByRole('img', { name: /^“金融级分布式架构”公众号/ })
  await expect(card).toHaveAttribute('loading', 'lazy')
  const before = await state(card)
  expect(before.natural).toBe(0)
  expect(Math.abs(before.boxHeight - (before.boxWidth * 300) / 720)).toBeLessThan(1)

  await card.scrollIntoViewIfNeeded()
  await expect.poll(async () => (await state(card)).natural).toBeGreaterThan(0)
  const after = await state(card)
  expect([after.boxWidth, after.boxHeight]).toEqual([before.boxWidth, before.boxHeight])
  // A phone needs the 480 px size, not the 720 px original.
  expect(after.currentSrc).toMatch(/\/images\/sizes\/[0-9a-f]{16}-480\.webp$/)
  await expect.poll(async () => (await state(banner)).natural).toBeGreaterThan(0)
  expect(elsewhere).toEqual([])
})
