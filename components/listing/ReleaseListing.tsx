import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { ReleaseItemView } from '@/components/ReleaseItemView'
import { getListings, type Listing, type ListingPage, type ReleaseItem } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { listingMetadata, releasesJsonLd } from '@/lib/metadata'

import { selectionLabels } from './facets'
import { ListingFrame } from './ListingFrame'

export interface ReleaseListingProps {
  listing: Listing<ReleaseItem>
  page: ListingPage<ReleaseItem>
}

/** A page of every release announced, newest first, filtered by project. */
export function ReleaseListing({ listing, page }: ReleaseListingProps) {
  const { t } = getInterface()
  return (
    <>
      {page.items.length > 0 ? <JsonLd data={releasesJsonLd(page.items)} /> : null}
      <ListingFrame
        title={t.releases}
        intro={t.releasesIntro}
        listings={getListings().releases}
        listing={listing}
        page={page}
        count={t.releaseCount(listing.items.length)}
      >
        <ol className="space-y-2 p-0">
          {page.items.map((item) => (
            <ReleaseItemView key={item.anchor} item={item} />
          ))}
        </ol>
      </ListingFrame>
    </>
  )
}

export function releaseListingMetadata({ listing, page }: ReleaseListingProps): Metadata {
  const { t } = getInterface()
  return listingMetadata({
    path: page.path,
    title: t.releases,
    description: t.releasesIntro,
    filters: selectionLabels(getListings().releases, listing),
    page: page.number,
  })
}
