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
