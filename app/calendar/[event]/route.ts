import { notFound } from 'next/navigation'

import { getEvents } from '@/lib/content'
import { calendarResponse, eventByAnchor } from '@/lib/feed/calendar-response'

// One file per event (`/calendar/2023-01-06-event-1.ics`) to add it to a calendar, written at build time.
export const dynamic = 'force-static'
export const dynamicParams = false

const SUFFIX = '.ics'

/**
 * A static export needs at least one file per route: a site with no events yet gets this empty calendar instead (an
 * event's file is named after its issue, `2023-…`, never this).
 */
const NO_EVENTS = `none${SUFFIX}`

export function generateStaticParams(): { event: string }[] {
  const events = getEvents()
  return events.length > 0 ? events.map((event) => ({ event: `${event.anchor}${SUFFIX}` })) : [{ event: NO_EVENTS }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ event: string }> }): Promise<Response> {
  const { event: file } = await params
  if (file === NO_EVENTS && getEvents().length === 0) return calendarResponse([])
  const event = file.endsWith(SUFFIX) ? eventByAnchor(file.slice(0, -SUFFIX.length)) : undefined
  if (!event) notFound()
  return calendarResponse([event])
}
