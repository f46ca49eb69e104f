import { getEvents } from '@/lib/content'
import { calendarResponse } from '@/lib/feed/calendar-response'

// Written once at build time, so it is also a plain file in a static export, which calendar apps subscribe to.
export const dynamic = 'force-static'

export function GET(): Response {
  return calendarResponse(getEvents())
}
