import { ACTIVE, ALL, DIFFICULTIES, getProject, TASK_STATUSES, UNRATED, type Listing, type ListingPage, type Listings } from '@/lib/content'
import { getInterface } from '@/lib/i18n'

import type { ListingRedirectProps } from './ListingRedirect'

/** One value of a facet as a filter link: where it leads and how many items it keeps there. */
export interface FacetOption {
  value: string
  label: string
  /** Page 1 of the listing with this value (the other facets as they are). */
  path: string
  count: number
  selected: boolean
}

export interface FacetGroup {
  name: string
  label: string
  options: FacetOption[]
}

function facetLabel(name: string): string {
  const { t } = getInterface()
  if (name === 'project') return t.filterProject
  if (name === 'difficulty') return t.filterDifficulty
  if (name === 'status') return t.filterStatus
  return name
}

/** What a facet value is called in the interface: a project's name, a difficulty, a status. */
function valueLabel(name: string, value: string): string {
  const { t } = getInterface()
  if (name === 'project') return value === ALL ? t.allProjects : (getProject(value)?.name ?? value)
  if (name === 'difficulty') {
    if (value === ALL) return t.allDifficulties
    if (value === UNRATED) return t.unrated
    const difficulty = DIFFICULTIES.find((d) => d === value)
    return difficulty ? t.difficulty[difficulty] : value
  }
  if (name === 'status') {
    if (value === ACTIVE) return t.statusActive
    if (value === ALL) return t.statusAll
    const status = TASK_STATUSES.find((s) => s === value)
    return status ? t.status[status] : value
  }
  return value
}

/** Every facet of a list as filter links from the listing being shown: each value with its count and address. */
export function facetGroups<T>(listings: Listings<T>, listing: Listing<T>): FacetGroup[] {
  return listings.facets.map((facet) => ({
    name: facet.name,
    label: facetLabel(facet.name),
    options: facet.values.map((value) => {
      const target = listings.get({ ...listing.selection, [facet.name]: value })
      return {
        value,
        label: valueLabel(facet.name, value),
        path: target?.pages[0]?.path ?? listings.base,
        count: target?.items.length ?? 0,
        selected: listing.selection[facet.name] === value,
      }
    }),
  }))
}

/** The filters a listing applies, in words (`SOFARPC`, `Easy`): empty for the unfiltered list. */
export function selectionLabels<T>(listings: Listings<T>, listing: Listing<T>): string[] {
  return listings.facets.flatMap((facet) => {
    const value = listing.selection[facet.name] ?? facet.defaultValue
    return value === facet.defaultValue ? [] : [valueLabel(facet.name, value)]
  })
}

/** What the client leaf that keeps old links to a list working needs to know about the page it is on. */
export function redirectProps<T>(listings: Listings<T>, page: ListingPage<T>, anchorIndex: string): ListingRedirectProps {
  return {
    base: listings.base,
    facets: listings.facets.map(({ name, defaultValue, values }) => ({ name, defaultValue, values })),
    acceptsQuery: page === listings.first,
    anchorIndex,
  }
}
