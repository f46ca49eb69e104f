import { isIsoDate } from '@/lib/content/schema'

/** `2023-01-12T19:00+08:00`, seconds optional: a moment, with the offset that says where on Earth it is. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/

/** An event's start or end: a moment with its offset, or a whole day (all-day events). */
export type EventTime = { kind: 'moment'; date: string; hour: string; minute: string; offset: string; epoch: number } | { kind: 'day'; date: string; epoch: number }

/** Reads an event time as written in content; undefined when it is neither form (or names a day that does not exist). */
export function parseEventTime(value: string): EventTime | undefined {
  if (isIsoDate(value)) return { kind: 'day', date: value, epoch: Date.parse(`${value}T00:00:00Z`) }
  const match = DATE_TIME.exec(value)
  if (!match) return undefined
  const [, date = '', hour = '', minute = '', , offset = ''] = match
  if (!isIsoDate(date)) return undefined
  return { kind: 'moment', date, hour, minute, offset: offset === 'Z' ? '+00:00' : offset, epoch: Date.parse(value) }
}

/** `+08:00` → `UTC+8`, `-05:30` → `UTC-5:30`, `+00:00` → `UTC`. */
export function offsetLabel(offset: string): string {
  const [, sign = '+', hours = '00', minutes = '00'] = /^([+-])(\d{2}):(\d{2})$/.exec(offset) ?? []
  if (hours === '00' && minutes === '00') return 'UTC'
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`
}

/**
 * When an event is over, for splitting upcoming from past: its end, else its start; a day lasts until its end.
 */
export function eventEndEpoch(start: EventTime, end: EventTime | undefined): number {
  const last = end ?? start
  return last.kind === 'day' ? last.epoch + 24 * 60 * 60 * 1000 : last.epoch
}

/**
 * When an event takes place, as its readers write it: `2023年1月12日 19:00–20:00（UTC+8）`, `January 12, 2023, 19:00
 * (UTC+8)`, a day or days for all-day events. The event's own offset is kept: it is where the event happens.
 */
export function formatEventTime(start: EventTime, end: EventTime | undefined, format: (date: string) => string): string {
  if (start.kind === 'day') {
    return end && end.date !== start.date ? `${format(start.date)} – ${format(end.date)}` : format(start.date)
  }
  const clock = (time: Extract<EventTime, { kind: 'moment' }>) => `${time.hour}:${time.minute}`
  const zone = ` (${offsetLabel(start.offset)})`
  if (!end || end.kind !== 'moment') return `${format(start.date)} ${clock(start)}${zone}`
  const sameDay = end.date === start.date && end.offset === start.offset
  return sameDay
    ? `${format(start.date)} ${clock(start)}–${clock(end)}${zone}`
    : `${format(start.date)} ${clock(start)} – ${format(end.date)} ${clock(end)}${zone}`
}
