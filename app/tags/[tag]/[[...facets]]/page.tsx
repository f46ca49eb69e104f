import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TagListing, tagListingMetadata } from '@/components/listing/TagListing'
import { getListings, getTag, getTags } from '@/lib/content'
import { listingParams, pageAtSegments } from '@/lib/listing-routes'

export const dynamicParams = false

/** `/tags/sofa-weekly`, `/tags/sofa-weekly/page/2`. */
export function generateStaticParams(): { tag: string; facets: string[] }[] {
  return getTags().flatMap((tag) => {
    const listings = getListings().tags.get(tag.slug)
    return listings ? listingParams(listings).map(({ facets }) => ({ tag: tag.slug, facets })) : []
  })
}

type Params = Promise<{ tag: string; facets?: string[] }>

/** Next hands the segment over percent-encoded for non-ASCII tags (示例); match on the decoded slug. */
async function pageOf(params: Params) {
  const { tag: slug, facets = [] } = await params
  const tag = getTag(decodeURIComponent(slug))
  const listings = tag && getListings().tags.get(tag.slug)
  const at = listings && pageAtSegments(listings, facets)
  return tag && at ? { tag, ...at } : undefined
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const at = await pageOf(params)
  return at ? tagListingMetadata(at) : {}
}

export default async function TagPage({ params }: { params: Params }) {
  const at = await pageOf(params)
  if (!at) notFound()
  return <TagListing {...at} />
}
