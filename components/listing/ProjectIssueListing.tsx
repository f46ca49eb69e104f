import type { Metadata } from 'next'

import { IssueList } from '@/components/IssueList'
import { getListings, type Issue, type Listing, type ListingPage, type Project } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { listingMetadata } from '@/lib/metadata'

import { ListingFrame } from './ListingFrame'

export interface ProjectIssueListingProps {
  project: Project
  listing: Listing<Issue>
  page: ListingPage<Issue>
}

/** A page of the issues that mention a project, newest first. */
export function ProjectIssueListing({ project, listing, page }: ProjectIssueListingProps) {
  const { t } = getInterface()
  const listings = getListings().projectIssues.get(project.id)
  if (!listings) throw new Error(`project ${project.id} has no list of issues`)
  return (
    <ListingFrame title={t.issuesOfProject(project.name)} listings={listings} listing={listing} page={page} count={t.issueCount(listing.items.length)}>
      <IssueList issues={page.items} headingLevel="h2" />
    </ListingFrame>
  )
}

export function projectIssueListingMetadata({ project, page }: ProjectIssueListingProps): Metadata {
  return listingMetadata({ path: page.path, title: getInterface().t.issuesOfProject(project.name), filters: [], page: page.number })
}
