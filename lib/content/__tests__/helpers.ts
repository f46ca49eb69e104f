import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const FIXTURES = path.join(import.meta.dirname, 'fixtures')
export const VALID_CONTENT = path.join(FIXTURES, 'content')

/** A temporary copy of the valid fixture content folder, with `files` (name → text) added to `weekly/`. */
export function makeContentDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-content-'))
  fs.cpSync(VALID_CONTENT, dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'weekly', name), text)
  return dir
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'invalid', name), 'utf8')
}
