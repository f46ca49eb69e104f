import { z } from 'zod'

import type { Point } from '@/lib/content/problems'
import { anchorId, httpsUrl, imageUrl, nonEmpty } from '@/lib/content/schema'

import { component, type JsxElement } from '../define'
import { parseEventTime } from './time'

export interface EventEntry {
  /** Anchor within the issue page, `event-1` unless the maintainer chose one. */
  id: string
  title: string
  /** As written: `2023-01-12T19:00:00+08:00`, or `2023-01-12` for a whole day. */
  start: string
  end?: string
  location?: string
  /** Registration or the live stream. */
  href?: string
  poster?: string
  /** The `<Event>` element, whose Markdown children describe it, and their plain text for search. */
  description: { node: JsxElement; text: string }
  at: Point
}

const eventTime = z.string().trim().refine((value) => parseEventTime(value) !== undefined, {
  error: 'expected a date and time with its offset, such as "2023-01-12T19:00+08:00", or a day, "2023-01-12"',
})

/** A live stream, meetup or meeting: when and where, how to join, and what it is about. */
export const eventSpecs = {
  Event: component({
    props: z.strictObject({
      title: nonEmpty.max(200, { error: 'must be at most 200 characters' }),
      start: eventTime,
      end: eventTime.optional(),
      location: nonEmpty.max(200, { error: 'must be at most 200 characters' }).optional(),
      href: httpsUrl.optional(),
      poster: imageUrl.optional(),
      id: anchorId.optional(),
    }),
    parents: null,
    children: 'markdown',
    idPrefix: 'event',
    extract({ id, title, start, end, location, href, poster }, element, { blocks, problems, at, pointOfAttribute, markdownOf }) {
      const from = parseEventTime(start)
      const to = end === undefined ? undefined : parseEventTime(end)
      if (from && to) {
        if (from.kind !== to.kind) {
          problems.error(pointOfAttribute(element, 'end'), `<Event> end "${end}" must be written like its start "${start}": both days, or both times with an offset`)
          return
        }
        if (to.epoch < from.epoch) {
          problems.error(pointOfAttribute(element, 'end'), `<Event> end "${end}" is before its start "${start}"`)
          return
        }
      }
      blocks.events.push({ id: id ?? '', title, start, end, location, href, poster, description: markdownOf(element), at: at(element) ?? { line: 1, column: 1 } })
    },
  }),
}
