import { notFound } from 'next/navigation'

import { getEvents } from '@/lib/content'
import { calendarResponse, eventByAnchor } from '@/lib/feed/calendar-response'

// One file per event (`/calendar/2023-01-06-event-1.ics`) to add it to a calendar, written at build time.
export const dynamic = 'force-static'
export const dynamicParams = false

const SUFFIX = '.ics'

export function generateStaticParams(): { event: string }[] {
  return getEvents().map((event) => ({ event: `${event.anchor}${SUFFIX}` }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ event: string }> }): Promise<Response> {
  const { event: file } = await params
  const event = file.endsWith(SUFFIX) ? eventByAnchor(file.slice(0, -SUFFIX.length)) : undefined
  if (!event) notFound()
  return calendarResponse([event])
}
