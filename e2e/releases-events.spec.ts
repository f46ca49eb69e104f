import { expect, test } from '@playwright/test'

const SITE = 'https://weekly.example.org'
const RELEASE_ISSUE = '/weekly/2022-05-13'

test('a release shows in its issue, on /releases, filtered by project without scripts, and on its project page', async ({ browser }) => {
  // Filters are links to static pages: they work with JavaScript off.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(RELEASE_ISSUE)
  const card = page.locator('article#release-1')
  await expect(card).toContainText('SOFAJRaft v1.3.10')
  await expect(card.getByRole('link', { name: '发布说明' })).toHaveAttribute('href', 'https://github.com/sofastack/sofa-jraft/releases')
  await expect(card.getByRole('listitem')).toHaveText(['优化日志复制的批量发送；', '修复快照安装时的偶发异常。'])

  await page.goto('/releases')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('版本发布')
  await expect(page.getByText('共 1 个版本')).toBeVisible()
  await page.getByRole('navigation', { name: '筛选' }).getByRole('link', { name: /SOFAJRaft/ }).click()
  await expect(page).toHaveURL('/releases/project/sofa-jraft')
  const listed = page.locator('article[id="2022-05-13-release-1"]')
  await expect(listed).toContainText('v1.3.10')
  await listed.getByRole('link', { name: /示例周报/ }).click()
  await expect(page).toHaveURL(`${RELEASE_ISSUE}#release-1`)

  await page.goto('/projects/sofa-jraft')
  const timeline = page.getByRole('region', { name: '版本发布' })
  await expect(timeline.getByRole('link', { name: 'v1.3.10' })).toHaveAttribute('href', `${RELEASE_ISSUE}#release-1`)
  await expect(timeline.locator('time')).toHaveAttribute('datetime', '2022-05-12')
  await context.close()
})

test('/releases describes each release to search engines as a SoftwareApplication version', async ({ page }) => {
  await page.goto('/releases')
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { itemListElement: { item: unknown }[] }
  expect(jsonLd.itemListElement[0]?.item).toMatchObject({ '@type': 'SoftwareApplication', name: 'SOFAJRaft', softwareVersion: 'v1.3.10', datePublished: '2022-05-12' })
})

test('/events lists past events with the issue that announced them, and links the calendar', async ({ page }) => {
  await page.goto('/events')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('社区活动')
  // The sample's events are in 2022: none is upcoming.
  await expect(page.getByRole('region', { name: '即将举行' })).toContainText('暂时没有即将举行的活动。')
  const past = page.getByRole('region', { name: '往期活动' }).getByRole('listitem')
  await expect(past).toHaveCount(2)
  await expect(past.first()).toContainText('SOFAStack 示例 Meetup')
  await expect(past.first()).toContainText('2022年6月11日 · 上海（示例）')
  await past.nth(1).getByRole('link').click()
  await expect(page).toHaveURL('/weekly/2022-05-20#event-1')
  await expect(page.locator('article#event-1')).toContainText('2022年5月26日 19:00–20:00 (UTC+8)')

  await page.goto('/events')
  await expect(page.getByRole('link', { name: '订阅日历（iCalendar）' })).toHaveAttribute('href', '/events.ics')
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { itemListElement: { item: unknown }[] }
  expect(jsonLd.itemListElement.map((entry) => entry.item)).toContainEqual(
    expect.objectContaining({ '@type': 'Event', name: 'SOFAChannel 示例直播：Layotto 分布式锁实践', startDate: '2022-05-26T19:00+08:00', endDate: '2022-05-26T20:00+08:00' }),
  )
})

test('the calendar feed and each event’s file are iCalendar, served as text/calendar', async ({ request }) => {
  const feed = await request.get('/events.ics')
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/)
  const text = await feed.text()
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(2)
  expect(text).toContain('DTSTART:20220526T110000Z\r\n')
  expect(text).toContain('DTSTART;VALUE=DATE:20220611\r\n')
  expect(text).toContain(`${SITE}/events#2022-05-20-event-1`)

  const one = await request.get('/calendar/2022-05-20-event-1.ics')
  expect(one.status()).toBe(200)
  expect(one.headers()['content-type']).toMatch(/^text\/calendar/)
  const event = await one.text()
  expect(event.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1)
  expect(event).toContain('UID:2022-05-20-event-1@weekly.example.org\r\n')

  expect((await request.get('/calendar/no-such-event.ics')).status()).toBe(404)
})

test('the sitemap lists the releases and events pages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const path of ['/releases', '/releases/project/sofa-jraft', '/events']) expect(sitemap).toContain(`<loc>${SITE}${path}</loc>`)
})

test('search finds releases and events', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('Meetup')}`)
  const result = page.getByRole('main').getByRole('listitem').filter({ hasText: '活动' }).first()
  await expect(result.getByRole('link', { name: 'SOFAStack 示例 Meetup：注册中心与服务治理' })).toHaveAttribute('href', '/events#2022-05-13-event-1')
  await page.goto(`/search?q=${encodeURIComponent('快照安装')}`)
  await expect(page.getByRole('main').getByRole('link', { name: 'SOFAJRaft v1.3.10' })).toHaveAttribute('href', `${RELEASE_ISSUE}#release-1`)
})
