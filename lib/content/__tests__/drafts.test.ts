import fs from 'node:fs'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { getAdjacentIssues, getIssue, getIssues, getIssuesByYear, getLatestIssue } from '..'
import { checkContent } from '../load'
import { makeContentDir } from './helpers'

const DRAFT = '---\ntitle: Not ready yet\ndate: 2024-01-19\ndraft: true\n---\n\nWork in progress.\n'

describe('draft issues', () => {
  const dir = makeContentDir({ '2024-01-19.mdx': DRAFT })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('are left out of everything in production (next build, next start)', () => {
    vi.stubEnv('CONTENT_DIR', dir)
    vi.stubEnv('NODE_ENV', 'production')
    expect(getIssues().map((issue) => issue.slug)).toEqual(['2024-01-12', '2024-01-05'])
    expect(getIssue('2024-01-19')).toBeUndefined()
    expect(getLatestIssue()?.slug).toBe('2024-01-12')
    expect(getAdjacentIssues('2024-01-12').next).toBeUndefined()
    expect(getIssuesByYear().flatMap(({ issues }) => issues.map((issue) => issue.slug))).not.toContain('2024-01-19')
  })

  it('are shown in development (next dev), where the page shows a draft badge', () => {
    vi.stubEnv('CONTENT_DIR', dir)
    vi.stubEnv('NODE_ENV', 'development')
    expect(getIssues().map((issue) => issue.slug)).toEqual(['2024-01-19', '2024-01-12', '2024-01-05'])
    expect(getIssue('2024-01-19')?.draft).toBe(true)
  })

  it('are still validated', () => {
    fs.writeFileSync(`${dir}/weekly/2024-01-26.mdx`, DRAFT.replace('2024-01-19', '2024-01-26').replace('title: Not ready yet\n', ''))
    expect(checkContent(dir).problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'missing required field "title"',
    ])
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
