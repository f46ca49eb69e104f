import { getSearchDocuments } from '@/lib/content'
import { buildSearchIndex } from '@/lib/search/engine'

// Built once with the site and served as a file: search needs no server, in `next start` and the static export.
export const dynamic = 'force-static'

export function GET(): Response {
  return Response.json(buildSearchIndex(getSearchDocuments()))
}
