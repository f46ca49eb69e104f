import type { Metadata } from 'next'

import { QAItemView } from '@/components/QAItemView'
import { getListings, type Listing, type ListingPage, type QAItem } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { listingMetadata } from '@/lib/metadata'
import { routes } from '@/lib/urls'

import { redirectProps, selectionLabels } from './facets'
import { ListingFrame } from './ListingFrame'
import { ListingRedirect } from './ListingRedirect'

export interface QAListingProps {
  listing: Listing<QAItem>
  page: ListingPage<QAItem>
}

/** A page of the Q&A knowledge base: every answer, newest first, filtered by project. */
export function QAListing({ listing, page }: QAListingProps) {
  const { t } = getInterface()
  const listings = getListings().qa
  return (
    <>
      <ListingFrame
        title={t.qa}
        intro={t.qaIntro}
        listings={listings}
        listing={listing}
        page={page}
        count={t.qaCount(listing.items.length)}
      >
        <ol className="space-y-2 p-0">
          {page.items.map((item) => (
            <QAItemView key={item.anchor} item={item} />
          ))}
        </ol>
      </ListingFrame>
      <ListingRedirect {...redirectProps(listings, page, routes.qaAnchors)} />
    </>
  )
}

export function qaListingMetadata({ listing, page }: QAListingProps): Metadata {
  const { t } = getInterface()
  return listingMetadata({ path: page.path, title: t.qa, description: t.qaIntro, filters: selectionLabels(getListings().qa, listing), page: page.number })
}
