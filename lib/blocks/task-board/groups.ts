import type { Difficulty } from '@/lib/content/schema'

export type TaskGroupKey = Difficulty | 'unrated'

/** Easy, Medium, Hard, then tasks whose announcement gave no difficulty. */
export const TASK_GROUPS: readonly TaskGroupKey[] = ['easy', 'medium', 'hard', 'unrated']

/**
 * Tasks in the board's order of groups, empty groups left out: the one grouping the issue page, the cross-issue
 * board and the feeds all show.
 */
export function groupTasksByDifficulty<Task>(
  tasks: readonly Task[],
  difficultyOf: (task: Task) => Difficulty | undefined,
): { group: TaskGroupKey; members: Task[] }[] {
  return TASK_GROUPS.flatMap((group) => {
    const members = tasks.filter((task) => (difficultyOf(task) ?? 'unrated') === group)
    return members.length === 0 ? [] : [{ group, members }]
  })
}
