import { inWechatFrame } from '@/lib/publish/block-frames'

import { QA as feedQA } from './feed'

/** The feed's QA HTML framed for the WeChat editor (lib/publish/block-frames.ts). */
export const QA = inWechatFrame(feedQA)
