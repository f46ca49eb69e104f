import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import type { Issue } from './issue'
import { githubIssueRef } from './links'
import type { Point, ProblemList } from './problems'
import { parseYaml } from './yaml'
import { warnGitHubDisagreements } from './github-state'

/**
 * `content/github.json`: what GitHub said about every issue and pull request the content links to, written by
 * `npm run sync:github` and read by the build, which never calls the network. It can also arrive in a pull request,
 * from anyone: every string in it is checked here (URLs on github.com only, logins and labels as GitHub allows them,
 * no control or direction-changing characters), and the file is at most 1 MB like every content file.
 */

export const SNAPSHOT_FILE = 'github.json'
export const SNAPSHOT_VERSION = 1
/** More links than any weekly has, and few enough that the file stays well under the 1 MB every content file may be. */
export const MAX_SNAPSHOT_ENTRIES = 2000
export const MAX_LABELS = 100
export const MAX_ASSIGNEES = 10
export const MAX_LABEL_LENGTH = 100

/** `owner/repo#number` in lowercase, as `githubIssueRef` makes it. */
const entryKey = z.string().regex(/^[a-z\d](?:[a-z\d-]{0,38})\/(?!\.\.?#)[a-z\d_.-]{1,100}#[1-9]\d{0,9}$/)

const instant = z.iso.datetime({ error: 'expected a UTC time such as 2024-06-01T03:00:00.000Z' })

const issueUrl = (kinds: string) =>
  z.string().regex(new RegExp(`^https://github\\.com/[A-Za-z\\d-]{1,39}/[\\w.-]{1,100}/(?:${kinds})/[1-9]\\d{0,9}$`), {
    error: `expected https://github.com/OWNER/REPO/${kinds.replace('|', ' or ')}/NUMBER`,
  })

const login = z.string().regex(/^[A-Za-z\d](?:[A-Za-z\d-]{0,38})(?:\[bot\])?$/, { error: 'expected a GitHub login' })

/** Characters that draw nothing or reorder the text around them: a label could otherwise disguise itself. */
export const INVISIBLE_CHARACTERS = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu

const label = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(MAX_LABEL_LENGTH, { error: `must be at most ${MAX_LABEL_LENGTH} characters` })
  .refine((value) => !new RegExp(INVISIBLE_CHARACTERS.source, 'u').test(value), {
    error: 'must not contain control or text-direction characters',
  })

export const GITHUB_STATES = ['open', 'closed', 'merged'] as const
export type GitHubIssueStateName = (typeof GITHUB_STATES)[number]
const STATE_ERROR = 'expected "open", "closed" or "merged"'

export const issueStateSchema = z.strictObject({
  /** Where the issue is now: another repository's after a transfer. */
  url: issueUrl('issues|pull'),
  type: z.enum(['issue', 'pull'], { error: 'expected "issue" or "pull"' }),
  state: z.enum(GITHUB_STATES, { error: STATE_ERROR }),
  /** Why a closed issue was closed, as GitHub records it. */
  closedAs: z.enum(['completed', 'not_planned', 'duplicate'], { error: 'expected "completed", "not_planned" or "duplicate"' }).optional(),
  assignees: z.array(login).max(MAX_ASSIGNEES),
  labels: z.array(label).max(MAX_LABELS),
  /** A pull request in the same repository that references the issue: the merged one, else an open one. */
  linkedPullRequest: z.strictObject({ url: issueUrl('pull'), state: z.enum(GITHUB_STATES, { error: STATE_ERROR }) }).optional(),
  /** When this state was read from GitHub. */
  readAt: instant,
})
export type GitHubIssueState = z.infer<typeof issueStateSchema>

/** Why the last attempt to read an entry failed: its state, when it has one, is then the last one known. */
export const STALE_REASONS = ['not-found', 'gone', 'forbidden', 'rate-limited', 'network', 'server-error', 'unexpected-status', 'malformed', 'not-reached'] as const
export type StaleReason = (typeof STALE_REASONS)[number]

const entrySchema = z
  .strictObject({
    /** When the sync last tried to read it. */
    checkedAt: instant,
    issue: issueStateSchema.optional(),
    stale: z
      .strictObject({
        reason: z.enum(STALE_REASONS, { error: `expected one of ${STALE_REASONS.map((r) => `"${r}"`).join(', ')}` }),
        status: z.number().int().min(100).max(599).optional(),
      })
      .optional(),
  })
  .refine((entry) => entry.issue !== undefined || entry.stale !== undefined, {
    error: 'needs "issue", the state GitHub returned, or "stale", saying why it could not be read',
  })
export type SnapshotEntry = z.infer<typeof entrySchema>

export const snapshotSchema = z.strictObject({
  version: z.literal(SNAPSHOT_VERSION, { error: `expected ${SNAPSHOT_VERSION}` }),
  entries: z
    .record(entryKey, entrySchema, {
      error: (issue) => (issue.code === 'invalid_key' ? 'its key must be owner/repo#number, in lowercase' : undefined),
    })
    .refine((entries) => Object.keys(entries).length <= MAX_SNAPSHOT_ENTRIES, {
      error: `may hold at most ${MAX_SNAPSHOT_ENTRIES} entries`,
    }),
})
export type GitHubSnapshot = z.infer<typeof snapshotSchema>

/**
 * Parses the snapshot's text: JSON first (so the file really is JSON, and a syntax error points at its place), then
 * the schema, each problem at the line of the offending key.
 */
export function parseGitHubSnapshot(text: string, problems: ProblemList): GitHubSnapshot | undefined {
  try {
    JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /at position (\d+)/.exec(message)
    problems.error(position ? pointAt(text, Number(position[1])) : undefined, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`)
    return undefined
  }
  // JSON is YAML: the YAML parser gives every value its line, and refuses duplicate keys, which JSON.parse ignores.
  return parseYaml(text, snapshotSchema, problems)
}

/** The snapshot as the sync writes it: entries sorted by key, two-space indented, so each run's diff is readable. */
export function serializeGitHubSnapshot(snapshot: GitHubSnapshot): string {
  const entries = Object.fromEntries(Object.entries(snapshot.entries).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return `${JSON.stringify({ version: snapshot.version, entries }, null, 2)}\n`
}

export interface SnapshotCheckContext {
  listFor: (file: string) => ProblemList
  /** Reads a content file as the loader does: size limit, UTF-8, problems reported on the file. */
  readText: (file: string, problems: ProblemList) => string | undefined
  /** Every issue, drafts included. */
  issues: readonly Issue[]
  problemsOf: (issue: Issue) => ProblemList | undefined
}

/**
 * Reads and checks `github.json` when the content folder has one. Errors make the content fail like any other file;
 * warnings say where a task's written status disagrees with GitHub (which the board follows) and which entries no
 * content links to any more.
 */
export function checkGitHubSnapshot(dir: string, context: SnapshotCheckContext): GitHubSnapshot | undefined {
  const file = path.join(dir, SNAPSHOT_FILE)
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) return undefined
  const problems = context.listFor(file)
  if (!fs.statSync(/*turbopackIgnore: true*/ file).isFile()) {
    problems.error(undefined, `${SNAPSHOT_FILE} must be a file`)
    return undefined
  }
  const text = context.readText(file, problems)
  if (text === undefined) return undefined
  const snapshot = parseGitHubSnapshot(text, problems)
  if (!snapshot) return undefined

  const linked = new Set(
    context.issues.flatMap((issue) => [...issue.tasks.map((t) => t.href), ...issue.qa.flatMap((qa) => qa.links.map((l) => l.href))]).flatMap((href) => githubIssueRef(href)?.key ?? []),
  )
  for (const key of Object.keys(snapshot.entries)) {
    if (!linked.has(key)) {
      problems.warn(keyPoint(text, key), `entry "${key}" is not linked from any task or Q&A; the next npm run sync:github removes it`)
    }
  }
  warnGitHubDisagreements(context.issues, snapshot, context.problemsOf)
  return snapshot
}

function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** Where an entry's key is written: a quoted string followed by a colon can only be a key in JSON. */
function keyPoint(text: string, key: string): Point | undefined {
  const match = new RegExp(`${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).exec(text)
  return match ? pointAt(text, match.index) : undefined
}
