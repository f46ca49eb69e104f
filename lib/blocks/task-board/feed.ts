import { childElements, element, link, propsOf, text, type FeedRenderer } from '@/lib/feed/block-html'

import { groupTasksByDifficulty } from './groups'

/** A heading per difficulty, Easy first, each with its tasks linked to where newcomers claim them. */
export const TaskBoard: FeedRenderer = (node, { t, projectLink }) => {
  const tasks = childElements(node, 'Task').map((child) => propsOf(child, 'Task'))
  return groupTasksByDifficulty(tasks, (task) => task.difficulty).flatMap(({ group, members }) => [
    element('h3', {}, [text(group === 'unrated' ? t.unrated : t.difficulty[group])]),
    element(
      'ul',
      {},
      members.map(({ title, href, project, status }) =>
        element('li', {}, [link(href, title), text(' · '), projectLink(project), ...(status === 'open' ? [] : [text(` · ${t.status[status]}`)])]),
      ),
    ),
  ])
}
