import type { Metadata } from 'next'

import { EventItemView } from '@/components/EventItemView'
import { JsonLd } from '@/components/JsonLd'
import { Link } from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { getEventsByTime } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'
import { eventsJsonLd, pageMetadata } from '@/lib/metadata'
import { routes, withBasePath } from '@/lib/urls'

/** Past events listed here, most recent first; each is a line, so the page stays within its budget for years. */
const PAST_SHOWN = 200

export function generateMetadata(): Metadata {
  const { t } = getInterface()
  return pageMetadata({ path: routes.events, title: t.events, description: t.eventsIntro })
}

/** Upcoming events as cards, soonest first, then past ones as lines; and the calendar to subscribe to. */
export default function EventsPage() {
  const { locale, t } = getInterface()
  const { upcoming, past } = getEventsByTime()
  const shownPast = past.slice(0, PAST_SHOWN)
  return (
    <div>
      {upcoming.length + shownPast.length > 0 ? <JsonLd data={eventsJsonLd([...upcoming, ...shownPast])} /> : null}
      <PageHeader title={t.events} intro={t.eventsIntro} />
      <p className="mb-6 text-sm">
        <a href={withBasePath(routes.eventsCalendar)} className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400">
          {t.subscribeCalendar}
        </a>
      </p>
      <section aria-labelledby="upcoming-events" className="mb-10">
        <h2 id="upcoming-events" className="mb-3 text-xl font-semibold">
          {t.upcomingEvents}
        </h2>
        {upcoming.length > 0 ? (
          <ol className="space-y-2 p-0">
            {upcoming.map((event) => (
              <EventItemView key={event.anchor} item={event} />
            ))}
          </ol>
        ) : (
          <p className="text-zinc-600 dark:text-zinc-400">{t.noUpcomingEvents}</p>
        )}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="past-events">
          <h2 id="past-events" className="mb-3 text-xl font-semibold">
            {t.pastEvents}
          </h2>
          <ol className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {shownPast.map((event) => (
              <li key={event.anchor} id={event.anchor} className="scroll-mt-20 px-4 py-3">
                <Link href={routes.issueAnchor(event.issue.slug, event.id)} className="font-medium break-words text-zinc-900 underline-offset-2 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400">
                  {event.title}
                </Link>
                <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">
                  <time dateTime={event.start}>{formatIssueDate(event.start.slice(0, 10), locale)}</time>
                  {event.location ? ` · ${event.location}` : null}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  )
}
