import type { z } from 'zod'

import { contributorsSpecs } from './contributors/spec'
import { eventSpecs } from './event/spec'
import { qaSpecs } from './qa/spec'
import { readingListSpecs } from './reading-list/spec'
import { releaseSpecs } from './release/spec'
import { taskBoardSpecs } from './task-board/spec'

/**
 * The MDX component vocabulary: every component an issue may use, gathered from the block folders (one folder per
 * block: its spec, page, feed renderers). The page and feed registries are records over these names, so a block
 * added here and not rendered somewhere is a compile error.
 */
export const componentSpecs = {
  ...contributorsSpecs,
  ...qaSpecs,
  ...taskBoardSpecs,
  ...readingListSpecs,
  ...releaseSpecs,
  ...eventSpecs,
}

export type ComponentName = keyof typeof componentSpecs
export type ComponentProps<Name extends ComponentName> = z.infer<(typeof componentSpecs)[Name]['props']>

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(componentSpecs, name)
}
