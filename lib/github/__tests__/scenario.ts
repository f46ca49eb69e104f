import { ERRORS, type FakeGitHub, type FakeIssue } from './fake-github'

/** The fixture content's two issues, and a third whose tasks and Q&A cover every state GitHub can report. */
export const THIRD_ISSUE = `---
title: Fixture Weekly 3
date: 2024-01-19
---

<QA asker="reader" project="alpha">
  <Question>
    Is the crash fixed?
  </Question>
  <Answer>
    See the issue.
  </Answer>
  <QALink label="Crash" href="https://github.com/example/alpha/issues/20#issuecomment-99" />
</QA>

<TaskBoard>
  <Task project="alpha" difficulty="easy" title="Claimed by someone" href="https://github.com/example/alpha/issues/11" />
  <Task project="alpha" difficulty="easy" title="Has an open pull request" href="https://github.com/example/alpha/issues/12#issuecomment-5" />
  <Task project="alpha" difficulty="medium" title="Closed" href="https://github.com/example/alpha/issues/13" />
  <Task project="beta" difficulty="hard" title="A merged pull request" href="https://github.com/example/beta/pull/14" />
  <Task project="beta" difficulty="medium" title="Transferred" href="https://github.com/Example/Beta/issues/15" />
  <Task project="beta" difficulty="medium" title="Deleted" href="https://github.com/example/beta/issues/16" />
</TaskBoard>
`

export const open = (repo: string, number: number, parts: Partial<FakeIssue> = {}): FakeIssue => ({ owner: 'example', repo, number, ...parts })

/** Every link of the content answered, in the states the tests expect. */
export function serveEverything(github: FakeGitHub): void {
  github.serve(
    open('alpha', 1, { labels: ['good first issue', 'docs'] }),
    open('alpha', 3, { assignees: ['alice'] }),
    open('beta', 2),
    open('beta', 7, { state: 'closed', stateReason: 'not_planned' }),
    open('alpha', 11, { assignees: ['bob', 'carol'] }),
    open('alpha', 12, {
      timeline: ['labeled', 'commented', { owner: 'someone', repo: 'fork', number: 3, state: 'open' }, { owner: 'example', repo: 'alpha', number: 40, state: 'open' }],
    }),
    open('alpha', 13, { state: 'closed', timeline: [{ owner: 'example', repo: 'alpha', number: 41, state: 'closed', merged: true }] }),
    open('beta', 14, { type: 'pull', state: 'closed', merged: true }),
    open('alpha', 20, { state: 'closed' }),
    { owner: 'example', repo: 'gamma', number: 3, labels: ['moved'] },
  )
  github.on('example/beta#15', { redirectTo: '/repositories/42/issues/3' })
  github.on('/repositories/42/issues/3', { issue: { owner: 'example', repo: 'gamma', number: 3, labels: ['moved'] } })
  github.on('example/beta#16', { status: 410, body: ERRORS.gone })
}
