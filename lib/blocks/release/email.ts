import { inEmailFrame } from '@/lib/publish/block-frames'

import { Release as feedRelease } from './feed'

/** The feed's Release HTML framed for mail clients (lib/publish/block-frames.ts). */
export const Release = inEmailFrame(feedRelease)
