import { inEmailFrame } from '@/lib/publish/block-frames'

import { Event as feedEvent } from './feed'

/** The feed's Event HTML framed for mail clients (lib/publish/block-frames.ts). */
export const Event = inEmailFrame(feedEvent)
