import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { expectSeedSections, SEED, SEED_TITLE } from './seed'

test('the home page leads with the latest issue and its sections', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  await expect(page.getByRole('link', { name: SEED_TITLE })).toHaveAttribute('href', SEED)
  await expect(page.locator('time').first()).toHaveText('2022年5月27日')
  await expectSeedSections(page)
  const recent = page.getByRole('region', { name: '近期周报' })
  await expect(recent.getByRole('heading', { level: 3 })).toHaveText([
    '示例周报 | Layotto 分布式锁问答、新手任务、本周 Contributor',
    '示例周报 | SOFARegistry 问答、SOFAJRaft 新手任务',
  ])
})

test('the seed issue renders every section from its MDX components', async ({ page }) => {
  const response = await page.goto(SEED)
  expect(response?.status()).toBe(200)
  await expect(page).toHaveTitle(`${SEED_TITLE} · SOFA Weekly`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  await expectSeedSections(page)
  await expect(page.getByRole('link', { name: /上一期/ })).toHaveAttribute('href', '/weekly/2022-05-20')
  await expect(page.getByRole('link', { name: /下一期/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: '在 GitHub 上编辑本期' })).toHaveAttribute(
    'href',
    'https://github.com/example/community-weekly/edit/main/content/weekly/2022-05-27.mdx',
  )
})

test('previous and next issues link to each other', async ({ page }) => {
  await page.goto('/weekly/2022-05-20')
  await expect(page.getByRole('link', { name: /上一期/ })).toHaveAttribute('href', '/weekly/2022-05-13')
  await expect(page.getByRole('link', { name: /下一期/ })).toHaveAttribute('href', SEED)
})

test('the archive lists every issue by year, newest first', async ({ page }) => {
  await page.goto('/weekly')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('往期周报')
  await expect(page.getByText('共 3 期')).toBeVisible()
  const year = page.getByRole('region', { name: '2022' })
  await expect(year.getByRole('link')).toHaveText([
    SEED_TITLE,
    '示例周报 | Layotto 分布式锁问答、新手任务、本周 Contributor',
    '示例周报 | SOFARegistry 问答、SOFAJRaft 新手任务',
  ])
})

test('each year of the archive has a page, linked from every archive page', async ({ page }) => {
  await page.goto('/weekly')
  await page.getByRole('navigation', { name: '按年份' }).getByRole('link', { name: '2022 3' }).click()
  await expect(page).toHaveURL('/weekly/2022')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2022 年的周报')
  await expect(page.getByRole('navigation', { name: '按年份' }).getByRole('link', { name: '2022 3' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    SEED_TITLE,
    '示例周报 | Layotto 分布式锁问答、新手任务、本周 Contributor',
    '示例周报 | SOFARegistry 问答、SOFAJRaft 新手任务',
  ])
  await expect(page).toHaveTitle('2022 年的周报 · SOFA Weekly')
  expect((await page.goto('/weekly/1999'))?.status()).toBe(404)
})

test('links fetch nothing in advance, and a click still changes page without a full reload', async ({ page }) => {
  // Next's router sends these headers with the data of another page; a static host gets them with its .txt files.
  const fetched: string[] = []
  page.on('request', (request) => {
    const headers = request.headers()
    if ('rsc' in headers || 'next-router-prefetch' in headers) fetched.push(request.url())
  })
  await page.goto('/weekly', { waitUntil: 'networkidle' })
  // The archive shows a dozen links to other pages; none of them may be fetched before it is followed.
  expect(fetched).toEqual([])
  await page.evaluate(() => Object.assign(window, { sameDocument: true }))
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新手任务' }).click()
  await expect(page).toHaveURL('/tasks')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新手任务')
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
  expect(fetched).toHaveLength(1)
})

test('an unknown issue gives a helpful 404', async ({ page }) => {
  const response = await page.goto('/weekly/1999-01-01')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在')
  await expect(page.getByRole('link', { name: `最新一期：${SEED_TITLE}` })).toHaveAttribute('href', SEED)
  await page.getByRole('link', { name: '往期周报' }).last().click()
  await expect(page).toHaveURL('/weekly')
})

test('pages declare the content language', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
})

for (const path of ['/', '/weekly', '/weekly/2022', SEED, '/weekly/2022-05-20', '/no-such-page', '/tasks', '/tasks/project/layotto/status/all', '/qa', '/qa/project/mosn', '/projects', '/projects/layotto', '/projects/layotto/issues', '/contributors', '/tags', '/tags/sofa-weekly', '/releases', '/releases/project/sofa-jraft', '/events', '/projects/sofa-jraft', '/weekly/2022-05-13', '/search?q=%E6%B3%A8%E5%86%8C%E4%B8%AD%E5%BF%83']) {
  test(`${path} has no accessibility violations and no horizontal scroll at 360 px`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width: 360, height: 740 })
      const response = await page.goto(path)
      expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
  })
}
