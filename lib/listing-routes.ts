import type { Listing, ListingPage, Listings } from '@/lib/content'

/**
 * Glue between a list's pages (lib/content/listings.ts) and the route that renders them. Each list is one optional
 * catch-all route under its base (`app/qa/[[...facets]]`): its own address (`/qa`, segments `[]`) and every other
 * page (`/qa/project/sofa-rpc/page/2`). A route finds its page by rebuilding the address from its segments, so the
 * content layer alone decides which pages exist. (An optional catch-all also means a list always has at least one
 * page to generate, which the static export requires of every route.)
 */

/** The segments of a list's optional catch-all route; absent on the list's own address. */
export type ListingParams = Promise<{ facets?: string[] }>

/** The segments of every page of every listing, `[]` for the list's own address. */
export function listingParams<T>(listings: Listings<T>): { facets: string[] }[] {
  const base = decodeURIComponent(listings.base)
  return listings.all.flatMap((listing) =>
    listing.pages.map((page) => {
      const rest = decodeURIComponent(page.path).slice(base.length + 1)
      return { facets: rest ? rest.split('/') : [] }
    }),
  )
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The page at these segments after the list's base; undefined for an address no page has. */
export function pageAtSegments<T>(listings: Listings<T>, segments: readonly string[]): { listing: Listing<T>; page: ListingPage<T> } | undefined {
  const base = decodeURIComponent(listings.base)
  return listings.page(segments.length > 0 ? `${base}/${segments.map(decoded).join('/')}` : base)
}

/** The page a list's route was asked for. */
export async function pageAt<T>(listings: Listings<T>, params: ListingParams): Promise<{ listing: Listing<T>; page: ListingPage<T> } | undefined> {
  return pageAtSegments(listings, (await params).facets ?? [])
}
