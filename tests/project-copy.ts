import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')

/** What a build needs from the project: its code and configuration, not its tests, content or build output. */
const PROJECT_FILES = ['app', 'components', 'lib', 'public', 'package.json', 'tsconfig.json', 'next.config.mjs', 'postcss.config.mjs']

/** Unit tests stay behind: they import test helpers (e2e/, tests/) that a build does not need, and type-checks. */
const withoutUnitTests = (source: string): boolean => path.basename(source) !== '__tests__'

/**
 * A throwaway copy of the project, so a test can run `next build` (which writes `.next/` and may touch
 * tsconfig.json) without disturbing the working tree or a build another test is using. node_modules is
 * hard-linked, which takes well under a second.
 */
export function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-project-'))
  for (const name of PROJECT_FILES) {
    const from = path.join(ROOT, name)
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, name), { recursive: true, filter: withoutUnitTests })
  }
  const linked = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
  if (linked.status !== 0) fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return dir
}

export interface CommandResult {
  status: number | null
  output: string
}

/** Runs a command in `cwd` and returns its exit status and combined output. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): CommandResult {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}
