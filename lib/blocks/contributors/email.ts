import { inEmailFrame } from '@/lib/publish/block-frames'

import { Contributors as feedContributors } from './feed'

/** The feed's Contributors HTML framed for mail clients (lib/publish/block-frames.ts). */
export const Contributors = inEmailFrame(feedContributors)
