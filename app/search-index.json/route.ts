import { getSearchIndex } from '@/lib/content'

// The entry of the sharded index, built once with the site and served as a file: search needs no server, in
// `next start` and the static export. It names the folder of the shards and chunks (app/search-index/[hash]/[file]).
export const dynamic = 'force-static'

export function GET(): Response {
  return Response.json(getSearchIndex().meta)
}
