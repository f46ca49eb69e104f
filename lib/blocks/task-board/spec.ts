import { z } from 'zod'

import { isGitHubIssueUrl } from '@/lib/content/links'
import type { Point } from '@/lib/content/problems'
import { anchorId, DIFFICULTIES, nonEmpty, projectId, safeUrl, TASK_STATUSES, type Difficulty, type TaskStatus } from '@/lib/content/schema'

import { component } from '../define'

export interface TaskEntry {
  /** Anchor within the issue page, `task-1` unless the maintainer chose one. */
  id: string
  project: string
  /** Undefined for tasks whose announcement gave no difficulty (old issues). */
  difficulty?: Difficulty
  title: string
  href: string
  status: TaskStatus
  /** Where the task is written in its file, for checks that compare it with something else (GitHub's state). */
  at: Point
}

/** The newcomer task board: tasks per project, grouped by difficulty wherever they are shown. */
export const taskBoardSpecs = {
  TaskBoard: component({ props: z.strictObject({}), parents: null, children: ['Task'] }),
  Task: component({
    props: z.strictObject({
      project: projectId,
      // Optional for tasks imported from archives that never stated one; new issues should always give it.
      difficulty: z.enum(DIFFICULTIES, { error: 'expected "easy", "medium" or "hard"' }).optional(),
      title: nonEmpty,
      href: safeUrl,
      status: z.enum(TASK_STATUSES, { error: 'expected "open", "claimed" or "done"' }).default('open'),
      id: anchorId.optional(),
    }),
    parents: ['TaskBoard'],
    children: 'none',
    idPrefix: 'task',
    extract(props, element, { blocks, problems, at, pointOfAttribute }) {
      if (!props.difficulty) {
        problems.warn(
          at(element),
          '<Task> has no difficulty; add difficulty="easy", "medium" or "hard" (only tasks imported from an archive that never stated one may leave it out)',
        )
      }
      if (!isGitHubIssueUrl(props.href)) {
        problems.warn(
          pointOfAttribute(element, 'href'),
          `<Task> href "${props.href}" is not a GitHub issue or comment; expected https://github.com/OWNER/REPO/issues/NUMBER, where newcomers can claim the task`,
        )
      }
      const { id, project, difficulty, title, href, status } = props
      blocks.tasks.push({ id: id ?? '', project, difficulty, title, href, status, at: at(element) ?? { line: 1, column: 1 } })
    },
  }),
}
