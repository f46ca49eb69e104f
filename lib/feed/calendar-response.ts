import { getEvents, getSite, type EventItem } from '@/lib/content'
import { absoluteUrl, displayHost, routes } from '@/lib/urls'

import { CALENDAR_CONTENT_TYPE, renderCalendar } from './calendar'

/** A calendar of these events as the site serves it: every event links to its card on /events. */
export function calendarResponse(events: readonly EventItem[]): Response {
  const body = renderCalendar(events, {
    name: getSite().name,
    host: displayHost().split('/')[0] ?? 'community-weekly',
    eventUrl: (event) => absoluteUrl(`${routes.events}#${event.anchor}`),
  })
  return new Response(body, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } })
}

/** The event with this anchor (`2023-01-06-event-1`), if any. */
export function eventByAnchor(anchor: string): EventItem | undefined {
  return getEvents().find((event) => event.anchor === anchor)
}
