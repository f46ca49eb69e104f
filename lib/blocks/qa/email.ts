import { inEmailFrame } from '@/lib/publish/block-frames'

import { QA as feedQA } from './feed'

/** The feed's QA HTML framed for mail clients (lib/publish/block-frames.ts). */
export const QA = inEmailFrame(feedQA)
