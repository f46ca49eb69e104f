import { ContributorListing, contributorListingMetadata } from '@/components/listing/ContributorListing'
import { listingRoute } from '@/components/listing/listingRoute'
import { getListings } from '@/lib/content'

export const dynamicParams = false

/** /contributors, /contributors/page/2 */
const route = listingRoute(() => getListings().contributors, ContributorListing, contributorListingMetadata)

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
