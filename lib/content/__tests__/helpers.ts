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

export function readFixture(name: string, folder: 'invalid' | 'warnings' = 'invalid'): string {
  return fs.readFileSync(path.join(FIXTURES, folder, name), 'utf8')
}

/** The fixtures in `fixtures/<folder>/` that `testFile` never names: each rule's fixture must be asserted. */
export function untestedFixtures(testFile: string, folder: 'invalid' | 'warnings'): string[] {
  const named = new Set(fs.readFileSync(testFile, 'utf8').match(/'[a-z-]+\.mdx'/g)?.map((name) => name.slice(1, -1)))
  return fs.readdirSync(path.join(FIXTURES, folder)).filter((fixture) => !named.has(fixture))
}

/** The file name a fixture is added under when its rule is about names; `2024-01-05.mdx` for every other. */
export function fixtureFileName(fixture: string): string {
  const special: Record<string, string> = {
    'uppercase-file-name.mdx': '2024-01-05-News.mdx',
    // Collides with the fixture folder's 2024-01-12.mdx.
    'duplicate-slug.mdx': '2024-01-12.MDX',
  }
  return special[fixture] ?? '2024-01-05.mdx'
}
