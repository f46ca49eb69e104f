import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ProjectIssueListing, projectIssueListingMetadata } from '@/components/listing/ProjectIssueListing'
import { getListings, getProject } from '@/lib/content'
import { listingParams, pageAtSegments } from '@/lib/listing-routes'

export const dynamicParams = false

/** `/projects/sofa-rpc/issues`, `/projects/sofa-rpc/issues/page/2`. */
export function generateStaticParams(): { id: string; facets: string[] }[] {
  return [...getListings().projectIssues].flatMap(([id, listings]) => listingParams(listings).map(({ facets }) => ({ id, facets })))
}

type Params = Promise<{ id: string; facets?: string[] }>

async function pageOf(params: Params) {
  const { id, facets = [] } = await params
  const project = getProject(id)
  const listings = getListings().projectIssues.get(id)
  const at = listings && pageAtSegments(listings, facets)
  return project && at ? { project, ...at } : undefined
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const at = await pageOf(params)
  return at ? projectIssueListingMetadata(at) : {}
}

/** Every issue that mentions a project: its tasks, answers or contributors. */
export default async function ProjectIssuesPage({ params }: { params: Params }) {
  const at = await pageOf(params)
  if (!at) notFound()
  return <ProjectIssueListing {...at} />
}
