import { inEmailFrame } from '@/lib/publish/block-frames'

import { ReadingList as feedReadingList } from './feed'

/** The feed's ReadingList HTML framed for mail clients (lib/publish/block-frames.ts). */
export const ReadingList = inEmailFrame(feedReadingList)
