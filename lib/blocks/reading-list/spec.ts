import { z } from 'zod'

import type { Point } from '@/lib/content/problems'
import { nonEmpty, safeUrl } from '@/lib/content/schema'

import { component } from '../define'

export interface ReadingEntry {
  title: string
  href: string
  source?: string
  /** Where the entry is written in its file, for checks that compare issues (a link recommended twice). */
  at: Point
}

/** Recommended reading: articles and talks, each a link with where it was published. */
export const readingListSpecs = {
  ReadingList: component({ props: z.strictObject({}), parents: null, children: ['Reading'] }),
  Reading: component({
    props: z.strictObject({ title: nonEmpty, href: safeUrl, source: nonEmpty.optional() }),
    parents: ['ReadingList'],
    children: 'none',
    extract({ title, href, source }, element, { blocks, at }) {
      blocks.reading.push({ title, href, source, at: at(element) ?? { line: 1, column: 1 } })
    },
  }),
}
