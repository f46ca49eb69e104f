import fs from 'node:fs'

/**
 * Playwright cannot download its browsers on every machine (CI here has no network but the package registries):
 * use `CHROMIUM_PATH` when set (GitHub's runners: their preinstalled Chrome), else Debian's Chromium when it is
 * installed, else Playwright's own.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  return fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined
}

export const chromiumLaunchOptions = {
  executablePath: chromiumPath(),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

/**
 * How wide the page is with every part of it rendered, minus the window's width: more than 0 scrolls sideways.
 * Cards far down the page skip rendering until they come near (`render-when-near` in app/globals.css), and a card
 * that skips rendering also clips what overflows it, so an overflow there would go unseen: render everything first.
 */
export async function sidewaysOverflow(page: { addStyleTag(options: { content: string }): Promise<unknown>; evaluate<R>(fn: () => R): Promise<R> }): Promise<number> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' })
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth - window.innerWidth)
}
