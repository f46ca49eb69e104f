import { listingRoute } from '@/components/listing/listingRoute'
import { ReleaseListing, releaseListingMetadata } from '@/components/listing/ReleaseListing'
import { getListings } from '@/lib/content'

export const dynamicParams = false

/** /releases, /releases/page/2, /releases/project/sofa-registry */
const route = listingRoute(() => getListings().releases, ReleaseListing, releaseListingMetadata)

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
