import fs from 'node:fs'

import { z } from 'zod'

/**
 * Both builds must be there, and .next/ must be the `next start` one: `npm run build:static` builds in .next/ as well
 * (Next.js keeps its build folder there whatever `distDir` says), so it has to run before `npm run build`.
 */
export default function globalSetup(): void {
  const serverFiles = '.next/required-server-files.json'
  if (!fs.existsSync(serverFiles)) throw new Error('no production build in .next/: run `npm run build:static && npm run build` first')
  const { config } = z.object({ config: z.object({ output: z.string().optional() }) }).parse(JSON.parse(fs.readFileSync(serverFiles, 'utf8')))
  if (config.output === 'export') {
    throw new Error('.next/ holds the static export\'s build, not the `next start` one: run `npm run build` after `npm run build:static`')
  }
  if (!fs.existsSync('out/index.html')) throw new Error('no static export in out/: run `npm run build:static` (before `npm run build`)')
}
