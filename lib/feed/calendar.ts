import { createEvents, type DateArray, type EventAttributes } from 'ics'

import { parseEventTime, type EventTime } from '@/lib/blocks/event/time'
import type { EventItem } from '@/lib/content'
import { withoutForbiddenCharacters } from '@/lib/content/text'

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8'

export interface CalendarOptions {
  /** The calendar's name in the reader's app: the site's name. */
  name: string
  /** The site's host, for event UIDs that stay the same across builds and sites. */
  host: string
  /** An event's page on this site, absolute: where the event links to. */
  eventUrl(event: EventItem): string
}

/**
 * Content text as one iCalendar value. `ics` escapes `\`, `;`, `,` and line feeds, and folds long lines; a lone
 * carriage return or another control character it would pass through, and some calendar apps read a CR as the end
 * of a line, so a title could start a property of its own (`\rATTENDEE:…`). Those go first.
 */
function calendarText(value: string, { multiline = false } = {}): string {
  const lines = withoutForbiddenCharacters(value).replace(/\r\n?/g, '\n')
  const clean = lines.replace(/(?!\n)[\p{Cc}\u2028\u2029]/gu, ' ')
  return multiline ? clean : clean.replace(/\n+/g, ' ').trim()
}

function dateArray(time: EventTime): DateArray {
  const date = new Date(time.epoch)
  if (time.kind === 'day') return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]
}

/** The day after, for the exclusive end of an all-day event (RFC 5545: DTEND of a DATE is the next day). */
function nextDay(time: EventTime): EventTime {
  return { ...time, epoch: time.epoch + 24 * 60 * 60 * 1000 }
}

function eventAttributes(event: EventItem, options: CalendarOptions): EventAttributes {
  const start = parseEventTime(event.start)
  if (!start) throw new Error(`event ${event.anchor} has a start the content layer should have refused: ${event.start}`)
  const end = event.end === undefined ? undefined : parseEventTime(event.end)
  const url = options.eventUrl(event)
  const description = [event.description.text, event.href ? `${event.href}` : '', url].filter(Boolean).join('\n\n')
  const announced = parseEventTime(event.issue.date)
  const common = {
    uid: `${event.anchor}@${options.host}`,
    title: calendarText(event.title),
    description: calendarText(description, { multiline: true }),
    url: event.href ?? url,
    // The issue's day (a DATE-TIME in UTC, as DTSTAMP must be), not the build's time: the same content makes the
    // same file.
    timestamp: announced ? dateArray({ ...announced, kind: 'moment', hour: '00', minute: '00', offset: '+00:00' }) : undefined,
    ...(event.location ? { location: calendarText(event.location) } : {}),
  }
  if (start.kind === 'day') {
    return { ...common, start: dateArray(start), end: dateArray(nextDay(end ?? start)) }
  }
  return {
    ...common,
    start: dateArray(start),
    startInputType: 'utc',
    startOutputType: 'utc',
    ...(end ? { end: dateArray(end), endInputType: 'utc', endOutputType: 'utc' } : { duration: { hours: 1 } }),
  }
}

/** Events as an iCalendar file (RFC 5545): every event for the subscription feed, or one to add to a calendar. */
export function renderCalendar(events: readonly EventItem[], options: CalendarOptions): string {
  if (events.length === 0) {
    // `ics` refuses an empty list, but a subscribed calendar with no events yet is valid and must stay subscribed.
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:community-weekly', 'METHOD:PUBLISH', `X-WR-CALNAME:${calendarText(options.name).replace(/[\\;,]/g, '\\$&')}`, 'END:VCALENDAR', ''].join('\r\n')
  }
  const { error, value } = createEvents(
    events.map((event) => eventAttributes(event, options)),
    { productId: 'community-weekly', calName: calendarText(options.name), method: 'PUBLISH' },
  )
  if (error || !value) throw new Error(`could not write the calendar: ${error?.message ?? 'no output'}`)
  return foldLines(value)
}

/** The longest a line of an iCalendar file may be, in octets, without its CRLF (RFC 5545, 3.1). */
const LINE_OCTETS = 75

/**
 * Folds every line at 75 octets of UTF-8, never inside a character: `ics` counts characters, so a line of Chinese
 * text came out three times too long, which strict parsers reject. A continuation line starts with a space.
 */
export function foldLines(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n')
  return lines
    .map((line) => {
      const parts: string[] = []
      let current = ''
      let octets = 0
      for (const character of line) {
        const size = Buffer.byteLength(character)
        // A continuation line's leading space counts towards its 75 octets.
        if (octets + size > LINE_OCTETS - (parts.length > 0 ? 1 : 0)) {
          parts.push(current)
          current = ''
          octets = 0
        }
        current += character
        octets += size
      }
      parts.push(current)
      return parts.join('\r\n ')
    })
    .join('\r\n')
}
