import { Contributors } from '@/lib/blocks/contributors/email'
import { Event } from '@/lib/blocks/event/email'
import { QA } from '@/lib/blocks/qa/email'
import { ReadingList } from '@/lib/blocks/reading-list/email'
import { Release } from '@/lib/blocks/release/email'
import type { ComponentName } from '@/lib/blocks/specs'
import { TaskBoard } from '@/lib/blocks/task-board/email'
import { CHILD_COMPONENTS, RENDERED_BY_PARENT, type FeedRenderer } from '@/lib/feed/block-html'

/** How every component renders in the email edition: a full record, so a block without one does not compile. */
export const emailRenderers = { ...CHILD_COMPONENTS, Contributors, QA, TaskBoard, ReadingList, Release, Event } satisfies Record<
  ComponentName,
  FeedRenderer | typeof RENDERED_BY_PARENT
>
