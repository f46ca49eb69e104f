import { notFound } from 'next/navigation'

import { getSearchIndex } from '@/lib/content'

// The term shards and record chunks of the search index (lib/search/format.ts), one static file each. Their folder
// is the index's hash, so a build with other content serves them under new names.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams(): { hash: string; file: string }[] {
  const { meta, files } = getSearchIndex()
  return [...files.keys()].map((file) => ({ hash: meta.hash, file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ hash: string; file: string }> }): Promise<Response> {
  const { hash, file } = await params
  const { meta, files } = getSearchIndex()
  const json = hash === meta.hash ? files.get(file) : undefined
  if (json === undefined) notFound()
  return new Response(json, { headers: { 'Content-Type': 'application/json' } })
}
