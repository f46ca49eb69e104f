import { feedResponse } from '@/lib/feed'

// Written once at build time, so it is also a plain file in a static export.
export const dynamic = 'force-static'

export function GET(): Response {
  return feedResponse('rss')
}
