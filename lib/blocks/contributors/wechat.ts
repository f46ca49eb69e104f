import { inWechatFrame } from '@/lib/publish/block-frames'

import { Contributors as feedContributors } from './feed'

/** The feed's Contributors HTML framed for the WeChat editor (lib/publish/block-frames.ts). */
export const Contributors = inWechatFrame(feedContributors)
