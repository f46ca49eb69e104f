import { Contributors } from '@/lib/blocks/contributors/wechat'
import { Event } from '@/lib/blocks/event/wechat'
import { QA } from '@/lib/blocks/qa/wechat'
import { ReadingList } from '@/lib/blocks/reading-list/wechat'
import { Release } from '@/lib/blocks/release/wechat'
import type { ComponentName } from '@/lib/blocks/specs'
import { TaskBoard } from '@/lib/blocks/task-board/wechat'
import { CHILD_COMPONENTS, RENDERED_BY_PARENT, type FeedRenderer } from '@/lib/feed/block-html'

/** How every component renders in the wechat edition: a full record, so a block without one does not compile. */
export const wechatRenderers = { ...CHILD_COMPONENTS, Contributors, QA, TaskBoard, ReadingList, Release, Event } satisfies Record<
  ComponentName,
  FeedRenderer | typeof RENDERED_BY_PARENT
>
