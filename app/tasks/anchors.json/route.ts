import { getListings } from '@/lib/content'

// Which page of the board lists each task, for old `/tasks#task-…` links (components/listing/ListingRedirect.tsx).
export const dynamic = 'force-static'

export function GET(): Response {
  return Response.json(getListings().taskAnchors)
}
