import { inWechatFrame } from '@/lib/publish/block-frames'

import { Event as feedEvent } from './feed'

/** The feed's Event HTML framed for the WeChat editor (lib/publish/block-frames.ts). */
export const Event = inWechatFrame(feedEvent)
