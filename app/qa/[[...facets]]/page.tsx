import { QAListing, qaListingMetadata } from '@/components/listing/QAListing'
import { listingRoute } from '@/components/listing/listingRoute'
import { getListings } from '@/lib/content'

export const dynamicParams = false

/** /qa, /qa/page/2, /qa/project/sofa-rpc, /qa/project/sofa-rpc/page/2 */
const route = listingRoute(() => getListings().qa, QAListing, qaListingMetadata)

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
