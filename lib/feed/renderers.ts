import { Contributors } from '@/lib/blocks/contributors/feed'
import { Event } from '@/lib/blocks/event/feed'
import { QA } from '@/lib/blocks/qa/feed'
import { ReadingList } from '@/lib/blocks/reading-list/feed'
import { Release } from '@/lib/blocks/release/feed'
import type { ComponentName } from '@/lib/blocks/specs'
import { TaskBoard } from '@/lib/blocks/task-board/feed'

import { CHILD_COMPONENTS, RENDERED_BY_PARENT, type FeedRenderer } from './block-html'

/**
 * How every component of the vocabulary renders in a feed: a full record, so a block without a feed renderer does
 * not compile. Components that only live inside another are rendered by it.
 */
export const feedRenderers = { ...CHILD_COMPONENTS, Contributors, QA, TaskBoard, ReadingList, Release, Event } satisfies Record<
  ComponentName,
  FeedRenderer | typeof RENDERED_BY_PARENT
>
