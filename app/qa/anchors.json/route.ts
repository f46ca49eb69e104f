import { getListings } from '@/lib/content'

// Which page of /qa lists each Q&A, for old `/qa#anchor` links (components/listing/ListingRedirect.tsx). A file.
export const dynamic = 'force-static'

export function GET(): Response {
  return Response.json(getListings().qaAnchors)
}
