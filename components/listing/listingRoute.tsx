import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import type { Listing, ListingPage, Listings } from '@/lib/content'
import { listingParams, pageAt, type ListingParams } from '@/lib/listing-routes'

interface PageProps<T> {
  listing: Listing<T>
  page: ListingPage<T>
}

/**
 * What the optional catch-all route of a list (`app/qa/[[...facets]]/page.tsx`) exports: every page of every listing
 * as static parameters, each page's metadata, and the page, a 404 for any other address.
 */
export function listingRoute<T>(listingsOf: () => Listings<T>, View: (props: PageProps<T>) => ReactNode, metadataOf: (props: PageProps<T>) => Metadata) {
  return {
    generateStaticParams: (): { facets: string[] }[] => listingParams(listingsOf()),
    generateMetadata: async ({ params }: { params: ListingParams }): Promise<Metadata> => {
      const at = await pageAt(listingsOf(), params)
      return at ? metadataOf(at) : {}
    },
    Page: async function ListingRoutePage({ params }: { params: ListingParams }) {
      const at = await pageAt(listingsOf(), params)
      if (!at) notFound()
      return <View {...at} />
    },
  }
}
