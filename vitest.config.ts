import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Unit tests share CI's two cores with the build tests (next build runs in several of them): a test that reads the
    // content folder a few times, or a hook that runs a command, can take more than vitest's defaults (5 s, 10 s) there
    // without being wrong.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
