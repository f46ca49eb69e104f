import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'

const FILE = path.resolve(import.meta.dirname, '../../../.github/workflows/sync-github.yml')

const step = z.object({ uses: z.string().optional(), run: z.string().optional(), with: z.record(z.string(), z.unknown()).optional() })
const job = z.object({ permissions: z.record(z.string(), z.string()), steps: z.array(step), needs: z.string().optional() })
const workflow = z.object({
  on: z.object({ schedule: z.array(z.object({ cron: z.string() })), workflow_dispatch: z.null() }),
  permissions: z.object({}).strict(),
  jobs: z.object({ read: job, propose: job }),
})

describe('.github/workflows/sync-github.yml', () => {
  const { on, jobs } = workflow.parse(parse(fs.readFileSync(FILE, 'utf8')))
  const steps = [...jobs.read.steps, ...jobs.propose.steps]

  it('runs daily and on demand', () => {
    expect(on.schedule.map((s) => s.cron)).toEqual(['23 2 * * *'])
  })

  it('pins every action to a full commit and never leaves the token in the checkout', () => {
    const actions = steps.flatMap((s) => s.uses ?? [])
    expect(actions.length).toBeGreaterThan(0)
    for (const action of actions) expect(action).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/)
    for (const checkout of steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) expect(checkout.with?.['persist-credentials']).toBe(false)
  })

  it('reads with read-only permissions, and writes only from a job that runs no npm package', () => {
    expect(Object.values(jobs.read.permissions).every((level) => level === 'read')).toBe(true)
    expect(jobs.read.steps.map((s) => s.run ?? '').join('\n')).toMatch(/npm ci[\s\S]*npm run sync:github[\s\S]*npm run validate/)
    expect(jobs.propose).toMatchObject({ needs: 'read', permissions: { contents: 'write', 'pull-requests': 'write' } })
    expect(Object.keys(jobs.propose.permissions)).toHaveLength(2)
    expect(jobs.propose.steps.map((s) => s.run ?? '').join('\n')).not.toMatch(/^\s*(?:npm|npx|node|tsx)\b/m)
  })
})
