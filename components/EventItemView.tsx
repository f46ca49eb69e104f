import { FromIssue } from '@/components/FromIssue'
import { MdxContent } from '@/components/MdxContent'
import { Event } from '@/lib/blocks/event/page'
import { getIssue, type EventItem } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { elementChildrenHast } from '@/lib/render/hast'
import { routes, withBasePath } from '@/lib/urls'

/** An event outside its issue: the same card, a file to add it to a calendar, and the issue that announced it. */
export function EventItemView({ item }: { item: EventItem }) {
  const { t } = getInterface()
  const tree = getIssue(item.issue.slug)?.tree
  if (!tree) throw new Error(`event ${item.anchor} belongs to no loaded issue`)
  return (
    <li className="list-none">
      <Event title={item.title} start={item.start} end={item.end} location={item.location} href={item.href} poster={item.poster} id={item.anchor}>
        <MdxContent nodes={elementChildrenHast(tree, item.description.node)} />
        <p className="not-prose flex flex-wrap gap-x-3 gap-y-1 border-t border-violet-200 pt-2 text-xs text-zinc-600 dark:border-violet-900 dark:text-zinc-400">
          {/* A plain link: the file downloads, it is not a page to navigate to. */}
          <a href={withBasePath(routes.eventCalendar(item.anchor))} download className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400">
            {t.addToCalendar}
          </a>
          <FromIssue issue={item.issue} anchor={item.id} />
        </p>
      </Event>
    </li>
  )
}
