import { inWechatFrame } from '@/lib/publish/block-frames'

import { TaskBoard as feedTaskBoard } from './feed'

/** The feed's TaskBoard HTML framed for the WeChat editor (lib/publish/block-frames.ts). */
export const TaskBoard = inWechatFrame(feedTaskBoard)
