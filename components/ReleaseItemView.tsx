import { FromIssue } from '@/components/FromIssue'
import { MdxContent } from '@/components/MdxContent'
import { Release } from '@/lib/blocks/release/page'
import { getIssue, type ReleaseItem } from '@/lib/content'
import { elementChildrenHast } from '@/lib/render/hast'

/** A release outside its issue: the same card, a site-wide anchor, and a link back to the issue that announced it. */
export function ReleaseItemView({ item }: { item: ReleaseItem }) {
  const tree = getIssue(item.issue.slug)?.tree
  if (!tree) throw new Error(`release ${item.anchor} belongs to no loaded issue`)
  return (
    <li className="list-none">
      <Release project={item.project} version={item.version} date={item.date} href={item.href} id={item.anchor}>
        <MdxContent nodes={elementChildrenHast(tree, item.changes.node)} />
        <p className="not-prose border-t border-zinc-200 pt-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <FromIssue issue={item.issue} anchor={item.id} />
        </p>
      </Release>
    </li>
  )
}
