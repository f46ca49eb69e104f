import type { Metadata } from 'next'

import { IssueList } from '@/components/IssueList'
import { getListings, type Issue, type Listing, type ListingPage, type TagSummary } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { listingMetadata } from '@/lib/metadata'

import { ListingFrame } from './ListingFrame'

export interface TagListingProps {
  tag: TagSummary
  listing: Listing<Issue>
  page: ListingPage<Issue>
}

/** A page of the issues carrying a tag, newest first. */
export function TagListing({ tag, listing, page }: TagListingProps) {
  const { t } = getInterface()
  const listings = getListings().tags.get(tag.slug)
  if (!listings) throw new Error(`tag ${tag.slug} has no listing`)
  return (
    <ListingFrame title={t.taggedWith(tag.tag)} listings={listings} listing={listing} page={page} count={t.issueCount(listing.items.length)}>
      <IssueList issues={page.items} headingLevel="h2" />
    </ListingFrame>
  )
}

export function tagListingMetadata({ tag, page }: TagListingProps): Metadata {
  return listingMetadata({ path: page.path, title: getInterface().t.taggedWith(tag.tag), filters: [], page: page.number })
}
