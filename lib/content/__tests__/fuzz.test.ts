import fs from 'node:fs'
import path from 'node:path'

import { array, assert, constantFrom, integer, nat, property, record, tuple } from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseIssueFile } from '../issue'
import { LIMITS } from '../limits'
import { readSettings } from '../load'
import { formatProblem, ProblemList } from '../problems'

/**
 * Mutation fuzzing: the sample issues with markup, brackets, quotes, indentation and nesting inserted at random
 * places. Whatever comes out, validation either accepts the file or reports located problems, quickly, and never
 * throws.
 */

const SAMPLES = fs
  .readdirSync(path.resolve('content/weekly'))
  .map((name) => ({ name, text: fs.readFileSync(path.resolve('content/weekly', name), 'utf8') }))
const PROJECTS = new Set(readSettings(path.resolve('content')).projects.map((project) => project.id))

const FRAGMENTS = [
  '<', '>', '</', '/>', '<QA>', '</QA>', '<Question>', '</Answer>', '<Task project="mosn" title="t" href="https://github.com/a/b/issues/1" />',
  '<TaskBoard>', '</TaskBoard>', '<Reading title="x" href="javascript:alert(1)" />', '{', '}', '{/* c */}', '{1+1}', '[', ']', '](', ')',
  '![x](', '`', '```', '```\n', '~~~', '*', '**', '_', '"', "'", '\\', '\n', '\n\n', '  ', '    ', '\t', '> ', '- ', '1. ', '# ',
  '|', '| a | b |\n|---|---|\n', '---\n', '---js\n', 'import x from "y"\n', 'export const a = 1\n', '<script>', '&#x202E;', '&amp;',
  'javascript:', '//evil.example', '<!-- -->', '<div>', '<br/>', '<details>', 'title: "x"\n', ': ', '&', '<<', '>>>>>>>>',
]

const mutation = record({
  sample: nat({ max: SAMPLES.length - 1 }),
  edits: array(tuple(integer({ min: 0, max: 1_000_000 }), constantFrom(...FRAGMENTS), integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 8 }),
})

describe('validation of mutated issues', () => {
  it('accepts the file or reports located problems, within a time bound, and never throws', () => {
    let slowest = 0
    const outcomes = { accepted: 0, refused: 0 }
    assert(
      property(mutation, ({ sample, edits }) => {
        const { name, text: original } = SAMPLES[sample]!
        let text = original
        for (const [at, fragment, times] of edits) {
          const position = at % (text.length + 1)
          text = text.slice(0, position) + fragment.repeat(times) + text.slice(position)
        }
        const problems = new ProblemList(`content/weekly/${name}`)
        const started = performance.now()
        const issue = parseIssueFile(text, name, problems, { projectIds: PROJECTS })
        slowest = Math.max(slowest, performance.now() - started)
        const errors = problems.items.filter((p) => p.severity === 'error')
        expect(issue === undefined).toBe(errors.length > 0)
        const lines = text.split('\n').length
        for (const problem of problems.items) {
          expect(formatProblem(problem)).toMatch(/^content\/weekly\/\S+:\d+:\d+ \S/)
          expect(problem.line).toBeGreaterThanOrEqual(1)
          expect(problem.line).toBeLessThanOrEqual(lines + 1)
          expect(problem.message).not.toMatch(/\n\s+at /)
        }
        outcomes[issue ? 'accepted' : 'refused']++
      }),
      { numRuns: 2_000, seed: 20261203 },
    )
    console.log(`fuzzing: ${outcomes.accepted} accepted, ${outcomes.refused} refused with located problems; slowest file ${slowest.toFixed(0)} ms (limits: ${JSON.stringify(LIMITS)})`)
    expect(slowest).toBeLessThan(2_000)
    expect(outcomes.refused).toBeGreaterThan(0)
    expect(outcomes.accepted).toBeGreaterThan(0)
  }, 300_000)
})
