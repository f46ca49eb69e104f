import { defineConfig, devices } from '@playwright/test'

import { chromiumLaunchOptions } from './e2e/browser'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? PORT + 1)

/**
 * End-to-end tests run against both production outputs, never the dev server: `next start` on the build in .next/
 * (`npm run build`), and the static export in out/ (`npm run build:static`, first: it builds in .next/ too) served
 * as deploy/nginx.conf serves it (scripts/serve-export.ts: nginx itself when installed, else a Node server with the
 * same rules; its first line of output says which). Every spec runs in both projects unless it says otherwise.
 * No retries: a flaky test is a bug to fix.
 */
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // CI machines are shared and slow: a page check with axe in two colour schemes can take 20 s there.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'next-start',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions, baseURL: `http://127.0.0.1:${PORT}` },
      testIgnore: ['static-export.spec.ts'],
    },
    {
      name: 'static-export',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions, baseURL: `http://127.0.0.1:${STATIC_PORT}` },
      // The bundle check reads the `next build` output in .next/, whichever server runs.
      testIgnore: ['bundle.spec.ts'],
    },
  ],
  webServer: [
    {
      name: 'next start',
      command: `npx next start --hostname 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      name: 'static export',
      command: `npx tsx scripts/serve-export.ts --dir out --host 127.0.0.1 --port ${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      // Lets it stop nginx and remove its temporary folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
})
