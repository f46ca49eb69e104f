import { TaskListing, taskListingMetadata } from '@/components/listing/TaskListing'
import { listingRoute } from '@/components/listing/listingRoute'
import { getListings } from '@/lib/content'

export const dynamicParams = false

/** /tasks, /tasks/page/2, /tasks/project/layotto/difficulty/easy/status/open, … */
const route = listingRoute(() => getListings().tasks, TaskListing, taskListingMetadata)

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
