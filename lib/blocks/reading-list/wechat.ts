import { inWechatFrame } from '@/lib/publish/block-frames'

import { ReadingList as feedReadingList } from './feed'

/** The feed's ReadingList HTML framed for the WeChat editor (lib/publish/block-frames.ts). */
export const ReadingList = inWechatFrame(feedReadingList)
