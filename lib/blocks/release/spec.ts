import { z } from 'zod'

import type { Point } from '@/lib/content/problems'
import { anchorId, httpsUrl, isIsoDate, projectId } from '@/lib/content/schema'

import { component, type JsxElement } from '../define'

export interface ReleaseEntry {
  /** Anchor within the issue page, `release-1` unless the maintainer chose one. */
  id: string
  project: string
  version: string
  /** The day of the release; when the maintainer leaves it out, the date stands for it. */
  date?: string
  /** The release notes. */
  href?: string
  /** The `<Release>` element, whose Markdown children are the changes, and their plain text for search. */
  changes: { node: JsxElement; text: string }
  at: Point
}

/** `v5.4.2`, `1.0`, `v6.0.0-alpha.1`, `2.3.1.Final`: numbers first, then an optional label. */
export const VERSION = /^[vV]?\d+(?:\.\d+){0,3}(?:(?:[-+]|\.(?=[A-Za-z]))[0-9A-Za-z]+(?:[.+-][0-9A-Za-z]+)*)?$/

/** A project's release announced in the issue: the version, its day, its notes and the main changes as a list. */
export const releaseSpecs = {
  Release: component({
    props: z.strictObject({
      project: projectId,
      version: z.string().trim().max(40, { error: 'must be at most 40 characters' }).regex(VERSION, {
        error: 'expected a version such as "v5.4.2", "1.0" or "v6.0.0-alpha.1"',
      }),
      date: z.string().refine(isIsoDate, { error: 'expected a date that exists, written YYYY-MM-DD' }).optional(),
      href: httpsUrl.optional(),
      id: anchorId.optional(),
    }),
    parents: null,
    children: 'markdown',
    idPrefix: 'release',
    extract({ id, project, version, date, href }, element, { blocks, at, markdownOf }) {
      blocks.releases.push({ id: id ?? '', project, version, date, href, changes: markdownOf(element), at: at(element) ?? { line: 1, column: 1 } })
    },
  }),
}
