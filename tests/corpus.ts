import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { run } from './project-copy'

const ROOT = path.resolve(import.meta.dirname, '..')

/** The real SOFA Weekly archive: test data read in place, never copied into the project. CI always has it. */
export const CORPUS = path.resolve(ROOT, '../shared/corpus/sofa-weekly')

export const hasCorpus = fs.existsSync(CORPUS)

/**
 * A content folder with the sample content and the whole archive imported by `npm run import:hugo`, in a temporary
 * folder the caller removes. Throws with the importer's output when the import fails.
 */
export function importCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-corpus-'))
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })
  const { status, output } = run('npx', ['tsx', 'scripts/import-hugo.ts', CORPUS, '--out', path.join(dir, 'weekly')], ROOT, { CONTENT_DIR: dir })
  if (status !== 0) throw new Error(`import:hugo failed:\n${output}`)
  return dir
}
