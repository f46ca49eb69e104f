import { expect, test } from '@playwright/test'

const ISSUE = '/weekly/2022-05-27'

test('the issue page links its e-mail and WeChat versions for maintainers', async ({ page }) => {
  await page.goto(ISSUE)
  await expect(page.getByRole('link', { name: '邮件版' })).toHaveAttribute('href', /\/weekly\/2022-05-27\/email\.html$/)
  await expect(page.getByRole('link', { name: '公众号版' })).toHaveAttribute('href', /\/weekly\/2022-05-27\/wechat$/)
})

test('the e-mail is a self-contained HTML file with inline styles and absolute links', async ({ request }) => {
  const response = await request.get(`${ISSUE}/email.html`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/html')
  const html = await response.text()
  expect(html).toMatch(/^<!doctype html>/i)
  expect(html).not.toMatch(/<script|<style|<link|class=/i)
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//)
})

test('the WeChat page copies the article as rich HTML and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`${ISSUE}/wechat`)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await page.getByRole('button', { name: '复制公众号排版' }).click()
  await expect(page.getByRole('status')).toHaveText('已复制，可以粘贴到公众号编辑器')
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read()
    return { types: item?.types ?? [], html: item ? await (await item.getType('text/html')).text() : '' }
  })
  expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']))
  expect(copied.html).toContain('SOFA Weekly')
  expect(copied.html).not.toMatch(/<script|<style|class=|<a /i)
})
