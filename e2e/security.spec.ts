import { expect, test } from '@playwright/test'

import { SEED } from './seed'

test('an issue page is served with the security headers', async ({ request }) => {
  const response = await request.head(SEED)
  expect(response.status()).toBe(200)
  const headers = response.headers()
  expect(headers['content-security-policy']).toBe(
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; " +
      "font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'; " +
      "frame-ancestors 'none'",
  )
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()')
  expect(headers['x-powered-by']).toBeUndefined()
})

// /tasks and /qa run a client leaf that sends old links on (here an old filtered link), and may fetch the anchor index.
for (const path of ['/', '/weekly', SEED, '/no-such-page', '/tasks?project=layotto', '/qa#no-such-answer', '/search?q=MOSN']) {
  test(`${path} runs under its Content-Security-Policy without a violation`, async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await page.goto(path)
    // Hydration done: the framework's scripts ran, and anything they were refused has been reported by now.
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(violations).toEqual([])
  })
}
