import { inWechatFrame } from '@/lib/publish/block-frames'

import { Release as feedRelease } from './feed'

/** The feed's Release HTML framed for the WeChat editor (lib/publish/block-frames.ts). */
export const Release = inWechatFrame(feedRelease)
