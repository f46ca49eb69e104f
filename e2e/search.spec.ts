import { expect, test } from '@playwright/test'

import { SEED, SEED_TITLE } from './seed'

test('search finds Chinese words inside longer phrases and highlights them', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('注册中心')}`)
  await expect(page.getByRole('searchbox', { name: '搜索' }).last()).toHaveValue('注册中心')
  const results = page.getByRole('main').getByRole('listitem')
  await expect(page.getByText(/^找到 \d+ 条与“注册中心”相关的结果$/)).toBeVisible()
  const seed = results.filter({ has: page.getByRole('link', { name: SEED_TITLE }) })
  await expect(seed).toHaveCount(1)
  await expect(seed.getByRole('link', { name: SEED_TITLE })).toHaveAttribute('href', SEED)
  await expect(seed).toContainText('周报')
  await expect(seed).toContainText('2022年5月27日')
  await expect(seed.locator('mark').first()).toHaveText('注册中心')
})

test('search links an answer straight to its Q&A in the issue', async ({ page }) => {
  await page.goto('/search?q=RpcInvokeContext')
  const first = page.getByRole('main').getByRole('listitem').first()
  await expect(first).toContainText('问答')
  await first.getByRole('link').click()
  await expect(page).toHaveURL(`${SEED}#qa-1`)
  await expect(page.getByRole('article', { name: '@周衡 提问' })).toBeInViewport()
})

test('the header search box is focused by "/" and searches on Enter; results update in place', async ({ page }) => {
  await page.goto('/weekly')
  // The shortcut listens once the page has hydrated: its scripts have loaded and run by network idle.
  await page.waitForLoadState('networkidle')
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: '搜索' })
  await expect(box).toBeFocused()
  await box.fill('actuator')
  await box.press('Enter')
  await expect(page).toHaveURL('/search?q=actuator')
  await expect(page.getByRole('link', { name: '为 actuator 模块添加单元测试' })).toHaveAttribute('href', /^\/tasks#task-[0-9a-f]{10}$/)

  const pageBox = page.getByRole('searchbox', { name: '搜索' }).last()
  await pageBox.fill('没有这个词语')
  await pageBox.press('Enter')
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent('没有这个词语')}`)
  await expect(page.getByText('没有找到与“没有这个词语”相关的内容。')).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('link', { name: '为 actuator 模块添加单元测试' })).toBeVisible()
})

test('the search page loads the small entry of the index; a query, only the parts its words and results are in', async ({ page }) => {
  const downloads: { url: string; status: number }[] = []
  page.on('response', (response) => {
    const url = new URL(response.url()).pathname
    if (url.startsWith('/search-index')) downloads.push({ url, status: response.status() })
  })
  await page.goto('/search')
  await expect(page.getByText('输入关键词开始搜索。')).toBeVisible()
  await page.waitForLoadState('networkidle')
  // Preloaded with the page and read by the engine: one download.
  expect(downloads).toEqual([{ url: '/search-index.json', status: 200 }])

  const box = page.getByRole('searchbox', { name: '搜索' }).last()
  await box.fill('RpcInvokeContext')
  await box.press('Enter')
  await expect(page.getByText('找到 2 条与“RpcInvokeContext”相关的结果')).toBeVisible()
  await page.waitForLoadState('networkidle')
  // The sample's index is one term shard and two record chunks; both results are in the first chunk.
  const files = downloads.slice(1).map(({ url }) => url.replace(/^\/search-index\/[0-9a-f]{16}\//, ''))
  expect(files).toEqual(['t0.json', 'r0.json'])
  expect(downloads.filter(({ status }) => status !== 200)).toEqual([])

  // A second query reads only what it has not read yet.
  await box.fill('注册中心')
  await box.press('Enter')
  await expect(page.getByText(/^找到 \d+ 条与“注册中心”相关的结果$/)).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(new Set(downloads.map(({ url }) => url)).size).toBe(downloads.length)
})

test('the search page reads what a query needs while it is typed, so Enter downloads nothing more', async ({ page }) => {
  const downloads: string[] = []
  page.on('response', (response) => {
    const url = new URL(response.url()).pathname
    if (url.startsWith('/search-index/')) downloads.push(url.replace(/^\/search-index\/[0-9a-f]{16}\//, ''))
  })
  await page.goto('/search')
  await page.waitForLoadState('networkidle')
  const box = page.getByRole('searchbox', { name: '搜索' }).last()
  // A pause in typing (here after the last key; on a slow machine perhaps one mid-word too) reads the query's shard
  // and the record chunks of its first results.
  await box.pressSequentially('RpcInvokeContext')
  await expect.poll(() => downloads.some((name) => name.startsWith('r'))).toBe(true)
  await expect
    .poll(async () => {
      const before = downloads.length
      await page.waitForTimeout(300)
      return downloads.length === before
    })
    .toBe(true)
  const typed = [...downloads]
  expect(typed).toContain('t0.json')
  // Enter finds everything read.
  await box.press('Enter')
  await expect(page.getByText('找到 2 条与“RpcInvokeContext”相关的结果')).toBeVisible()
  await page.waitForTimeout(500)
  expect(downloads).toEqual(typed)
})

test('search shows ten results at a time, and the rest on request', async ({ page }) => {
  await page.goto('/search?q=sofa')
  await expect(page.getByText('找到 14 条与“sofa”相关的结果')).toBeVisible()
  const results = page.getByRole('main').getByRole('listitem')
  await expect(results).toHaveCount(10)
  await page.getByRole('button', { name: '显示更多结果' }).click()
  await expect(results).toHaveCount(14)
  await expect(page.getByRole('button', { name: '显示更多结果' })).toHaveCount(0)
  const links = await results.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
  expect(new Set(links).size).toBe(14)
})

test('a submitted query reaches the URL only after its results are painted, and its first results come first', async ({ page }) => {
  // Next.js re-renders its router for every history entry: pushed before the results' first frame, that work would
  // hold them back. Recorded at each pushState: how many results were in the page and frames drawn since they came.
  await page.addInitScript(() => {
    const seen = { results: -1, frames: 0, pushes: [] as { results: number; frames: number; busy: boolean }[] }
    Object.assign(window, { searchTrace: seen })
    const push = history.pushState.bind(history)
    history.pushState = (...args: Parameters<History['pushState']>) => {
      const list = document.querySelector('main ol')
      seen.pushes.push({ results: list?.children.length ?? 0, frames: seen.frames, busy: list?.getAttribute('aria-busy') === 'true' })
      push(...args)
    }
    const count = (): void => {
      const results = document.querySelectorAll('main ol > li').length
      if (results > 0 && seen.results < 0) seen.results = results
      if (seen.results > 0) seen.frames++
      requestAnimationFrame(count)
    }
    requestAnimationFrame(count)
  })
  await page.goto('/search')
  await page.waitForLoadState('networkidle')
  const box = page.getByRole('searchbox', { name: '搜索' }).last()
  await box.fill('sofa')
  await box.press('Enter')
  await expect(page).toHaveURL('/search?q=sofa')
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(10)
  const seen = await page.evaluate(() => (window as unknown as { searchTrace: { results: number; pushes: { results: number; frames: number; busy: boolean }[] } }).searchTrace)
  // Five first (one round of requests), then the rest of the page below them.
  expect(seen.results).toBe(5)
  expect(seen.pushes).toHaveLength(1)
  expect(seen.pushes[0]?.results).toBeGreaterThan(0)
  expect(seen.pushes[0]?.frames).toBeGreaterThanOrEqual(1)
})
