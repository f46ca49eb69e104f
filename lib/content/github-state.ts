import { collectBoardTasks, type BoardTask } from './aggregate'
import type { GitHubIssueState, GitHubSnapshot, SnapshotEntry } from './github-snapshot'
import type { Issue } from './issue'
import { githubIssueRef } from './links'
import type { ProblemList } from './problems'
import type { TaskStatus } from './schema'

/** What the site knows from GitHub about one linked issue or pull request, as of the last sync. */
export interface GitHubState {
  /** `owner/repo#number`, lowercase. */
  key: string
  /** When the sync last tried to read it. */
  checkedAt: string
  /** The last state read; absent when it never could be read. */
  issue?: GitHubIssueState
  /** Present when the last attempt failed: `issue` is then older than `checkedAt`. */
  stale?: SnapshotEntry['stale']
  /**
   * Several tasks on the board link here: a tracking issue that lists them (a newsletter often points a project's
   * tasks at one). Its being closed ends them all; who it is assigned to says nothing about each one.
   */
  shared: boolean
  /** What GitHub's state means for a task linking here; undefined when it says nothing and the content's stands. */
  taskStatus?: TaskStatus
}

/**
 * A task's status from its GitHub issue: closed or merged is done; assigned, or with an open pull request in the
 * same repository, is claimed; otherwise open. For a tracking issue shared by several tasks only "done" is known.
 */
export function taskStatusFromGitHub(issue: GitHubIssueState | undefined, shared: boolean): TaskStatus | undefined {
  if (!issue) return undefined
  if (issue.state !== 'open') return 'done'
  if (shared) return undefined
  return issue.assignees.length > 0 || issue.linkedPullRequest?.state === 'open' ? 'claimed' : 'open'
}

/** The state of every snapshot entry, knowing which links the board's tasks share. */
export function indexGitHubStates(snapshot: GitHubSnapshot | undefined, tasks: readonly BoardTask[]): Map<string, GitHubState> {
  const states = new Map<string, GitHubState>()
  if (!snapshot) return states
  const uses = new Map<string, number>()
  for (const task of tasks) {
    const key = githubIssueRef(task.href)?.key
    if (key) uses.set(key, (uses.get(key) ?? 0) + 1)
  }
  for (const [key, entry] of Object.entries(snapshot.entries)) {
    const shared = (uses.get(key) ?? 0) > 1
    states.set(key, { key, checkedAt: entry.checkedAt, issue: entry.issue, stale: entry.stale, shared, taskStatus: taskStatusFromGitHub(entry.issue, shared) })
  }
  return states
}

/** The state of the issue or pull request a link points at (or at one of its comments), if the snapshot has it. */
export function githubStateOf(href: string, states: ReadonlyMap<string, GitHubState>): GitHubState | undefined {
  const key = githubIssueRef(href)?.key
  return key === undefined ? undefined : states.get(key)
}

/**
 * The task board with GitHub's state laid over the content's: GitHub wins wherever it says something, and each task
 * carries what was read and when. Tasks whose link the snapshot lacks keep the status their issue gave them.
 */
export function collectLiveBoard(
  issues: readonly Issue[],
  snapshot: GitHubSnapshot | undefined,
): { tasks: BoardTask[]; github: Map<string, GitHubState> } {
  const announced = collectBoardTasks(issues)
  const github = indexGitHubStates(snapshot, announced)
  const tasks = announced.map((task): BoardTask => {
    const state = githubStateOf(task.href, github)
    return state ? { ...task, status: state.taskStatus ?? task.status, github: state } : task
  })
  return { tasks, github }
}

/**
 * A warning on every task whose latest announcement (the one whose status the board would show) disagrees with
 * GitHub, at the task's line: the board follows GitHub, and the maintainer learns the issue file is out of date.
 */
export function warnGitHubDisagreements(
  issues: readonly Issue[],
  snapshot: GitHubSnapshot,
  problemsOf: (issue: Issue) => ProblemList | undefined,
): void {
  const announced = collectBoardTasks(issues)
  const github = indexGitHubStates(snapshot, announced)
  for (const task of announced) {
    const state = githubStateOf(task.href, github)
    if (!state?.issue || !state.taskStatus || state.taskStatus === task.status) continue
    const issue = issues.find((candidate) => candidate.slug === task.lastAnnounced.slug)
    const entry = issue?.tasks.find((candidate) => candidate.id === task.announcements.at(-1)?.anchor)
    if (!issue || !entry) continue
    problemsOf(issue)?.warn(
      entry.at,
      `<Task> "${task.title}" has status "${task.status}", but GitHub says ${state.key} ${describeState(state.issue)} (read ${state.issue.readAt.slice(0, 10)}); the board shows it as "${state.taskStatus}"`,
    )
  }
}

function describeState(issue: GitHubIssueState): string {
  if (issue.state !== 'open') return `is ${issue.state}`
  if (issue.assignees.length > 0) return `is assigned to ${issue.assignees.map((login) => `@${login}`).join(', ')}`
  if (issue.linkedPullRequest?.state === 'open') return `has an open pull request, ${issue.linkedPullRequest.url}`
  return 'is open and unassigned'
}
