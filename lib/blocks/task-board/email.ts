import { inEmailFrame } from '@/lib/publish/block-frames'

import { TaskBoard as feedTaskBoard } from './feed'

/** The feed's TaskBoard HTML framed for mail clients (lib/publish/block-frames.ts). */
export const TaskBoard = inEmailFrame(feedTaskBoard)
