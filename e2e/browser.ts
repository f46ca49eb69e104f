import fs from 'node:fs'

/**
 * Playwright cannot download its browsers on every machine (CI here has no network but the package registries):
 * use Debian's Chromium when it is installed, else Playwright's own.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export const chromiumLaunchOptions = {
  executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
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
