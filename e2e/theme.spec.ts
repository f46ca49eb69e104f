import { expect, test, type Page } from '@playwright/test'

/** Whether the page background is light or dark, whatever colour syntax the browser reports (rgb, lab, oklch). */
const background = (page: Page) =>
  page.evaluate(() => {
    const color = getComputedStyle(document.body).backgroundColor
    const [first = 0] = (color.match(/[\d.]+/g) ?? []).map(Number)
    const lightness = color.startsWith('rgb') ? first / 255 : color.startsWith('lab') ? first / 100 : first
    return lightness > 0.5 ? 'light' : 'dark'
  })

const LIGHT = 'light'
const DARK = 'dark'

test('follows the system colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  expect(await background(page)).toBe(DARK)
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await background(page)).toBe(LIGHT)
})

test('the toggle overrides the system and persists across reloads without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/weekly')
  const toggle = page.getByRole('button', { name: /^主题：/ })
  await expect(toggle).toHaveAccessibleName('主题：跟随系统（点击切换）')
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('主题：深色（点击切换）')
  expect(await background(page)).toBe(DARK)

  // The stored choice is applied by the inline head script, before the body is painted.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      ;(window as unknown as { themeAtLoad?: string }).themeAtLoad = document.documentElement.dataset.theme
    })
  })
  await page.reload()
  expect(await page.evaluate(() => (window as unknown as { themeAtLoad?: string }).themeAtLoad)).toBe('dark')
  expect(await background(page)).toBe(DARK)
  await expect(toggle).toHaveAccessibleName('主题：深色（点击切换）')

  await toggle.click()
  await expect(toggle).toHaveAccessibleName('主题：浅色（点击切换）')
  expect(await background(page)).toBe(LIGHT)
  // A stored choice wins over the system.
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await background(page)).toBe(LIGHT)
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('主题：深色（点击切换）')
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('主题：跟随系统（点击切换）')
  expect(await background(page)).toBe(DARK)
  await page.reload()
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull()
})

test('issue pages show reading time and a table of contents that links to the sections', async ({ page }) => {
  await page.goto('/weekly/2022-05-27')
  await expect(page.getByText(/^约 \d+ 分钟读完$/)).toBeVisible()
  const toc = page.getByRole('navigation', { name: '本期目录' })
  await expect(toc.getByRole('link')).toHaveText(['SOFAStack 社区本周 Contributor', '每周读者问答提炼', 'SOFAStack 新手任务计划', '本周推荐阅读'])
  await toc.getByRole('link', { name: '本周推荐阅读' }).click()
  await expect(page).toHaveURL(`/weekly/2022-05-27#${encodeURIComponent('本周推荐阅读')}`)
  await expect(page.getByRole('heading', { level: 2, name: '本周推荐阅读' })).toBeInViewport()
})
