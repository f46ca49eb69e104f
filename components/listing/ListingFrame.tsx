import type { ReactNode } from 'react'

import { PageHeader } from '@/components/PageHeader'
import type { Listing, ListingPage, Listings } from '@/lib/content'
import { getInterface } from '@/lib/i18n'

import { facetGroups, selectionLabels } from './facets'
import { FacetNav } from './FacetNav'
import { Pagination } from './Pagination'

export interface ListingFrameProps<T> {
  title: string
  intro?: ReactNode
  listings: Listings<T>
  listing: Listing<T>
  page: ListingPage<T>
  /** How many items the listing holds, in words: "共 12 条问答". */
  count: string
  /** Shown above the items, under the filters (the archive's year index). */
  aside?: ReactNode
  /** The page's items. */
  children: ReactNode
}

/** One page of a list: its filters, where the reader is (filters, count, page), the items, and the other pages. */
export function ListingFrame<T>({ title, intro, listings, listing, page, count, aside, children }: ListingFrameProps<T>) {
  const { t } = getInterface()
  const filters = selectionLabels(listings, listing)
  const status = [...filters, count, ...(listing.pages.length > 1 ? [t.pageOf(page.number, listing.pages.length)] : [])]
  return (
    <div>
      <PageHeader title={title} intro={intro} />
      <FacetNav groups={facetGroups(listings, listing)} resetPath={filters.length > 0 ? listings.unfiltered.pages[0]?.path : undefined} />
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">{status.join(' · ')}</p>
      {aside}
      {page.items.length > 0 ? children : <p>{filters.length > 0 ? t.noMatches : t.none}</p>}
      <Pagination pages={listing.pages} current={page.number} listName={title} />
    </div>
  )
}
