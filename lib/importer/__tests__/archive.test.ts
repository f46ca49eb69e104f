import { describe, expect, it } from 'vitest'

import { importHugoFile, type ImportFileOptions } from '../archive'
import { readFixture, testRegistry } from './helpers'

function options(overrides: Partial<ImportFileOptions> = {}): ImportFileOptions {
  return { registry: testRegistry(), force: false, taken: new Set(), readExisting: () => undefined, ...overrides }
}

describe('importHugoFile', () => {
  const text = readFixture('tasks.md')
  const first = importHugoFile('in/tasks.md', text, 'tasks.md', options())

  it('converts and checks a new issue, named after its date', () => {
    expect(first).toMatchObject({ source: 'in/tasks.md', fileName: '2021-03-12.mdx', status: 'new', stats: { qa: 0, tasks: 9, reading: 0 } })
    expect(first.mdx).toContain('<TaskBoard>')
  })

  it('is idempotent: the same file again changes nothing', () => {
    const again = importHugoFile('in/tasks.md', text, 'tasks.md', options({ readExisting: () => first.mdx }))
    expect(again.status).toBe('unchanged')
    expect(again.mdx).toBeUndefined()
  })

  it('keeps an existing file with other content unless forced', () => {
    const kept = importHugoFile('in/tasks.md', text, 'tasks.md', options({ readExisting: () => 'edited by hand' }))
    expect(kept.status).toBe('kept')
    expect(kept.mdx).toBeUndefined()
    expect(kept.warnings.at(-1)).toBe('2021-03-12.mdx already exists with other content; kept (use --force to replace it)')
    expect(importHugoFile('in/tasks.md', text, 'tasks.md', options({ force: true, readExisting: () => 'edited by hand' }))).toMatchObject({
      status: 'replaced',
      mdx: first.mdx,
    })
  })

  it('gives a second issue of the same day its own name', () => {
    const taken = new Set(['2021-03-12.mdx'])
    const second = importHugoFile('in/other.md', text, 'other.md', options({ taken }))
    expect(second.fileName).toBe('2021-03-12-2.mdx')
    expect(second.warnings).toContain('another file of this run is also dated 2021-03-12; this one is 2021-03-12-2.mdx')
  })

  it('reports a file that cannot be an issue', () => {
    expect(importHugoFile('in/x.md', '+++\ntitle = "x"\n+++\n', 'x.md', options())).toMatchObject({
      status: 'failed',
      error: 'TOML front matter (+++) is not supported; convert the file to YAML front matter (---) first',
    })
  })
})
