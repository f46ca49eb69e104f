import type { Metadata } from 'next'

import { BoardTasks } from '@/components/BoardTasks'
import { getListings, type BoardTask, type Listing, type ListingPage } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { listingMetadata } from '@/lib/metadata'
import { routes } from '@/lib/urls'

import { redirectProps, selectionLabels } from './facets'
import { ListingFrame } from './ListingFrame'
import { ListingRedirect } from './ListingRedirect'

export interface TaskListingProps {
  listing: Listing<BoardTask>
  page: ListingPage<BoardTask>
}

/** A page of the newcomer task board, filtered by project, difficulty and status. */
export function TaskListing({ listing, page }: TaskListingProps) {
  const { t } = getInterface()
  const listings = getListings().tasks
  return (
    <>
      <ListingFrame
        title={t.tasks}
        intro={t.tasksIntro}
        listings={listings}
        listing={listing}
        page={page}
        count={t.taskCount(listing.items.length)}
      >
        <BoardTasks tasks={page.items} idPrefix="board" />
      </ListingFrame>
      <ListingRedirect {...redirectProps(listings, page, routes.taskAnchors)} />
    </>
  )
}

export function taskListingMetadata({ listing, page }: TaskListingProps): Metadata {
  const { t } = getInterface()
  return listingMetadata({ path: page.path, title: t.tasks, description: t.tasksIntro, filters: selectionLabels(getListings().tasks, listing), page: page.number })
}
