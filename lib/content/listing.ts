import { listingPath, type FacetSpec, type Selection } from '@/lib/urls/listing-path'

/**
 * How much one page of a list may hold. Items differ a lot in size (a one-line answer, an answer with a page of code),
 * so a page ends at `maxItems` items or when the next item would take it past `maxWeight`, whichever comes first; an
 * item heavier than `maxWeight` on its own gets a page to itself.
 */
export interface PageBudget<T> {
  maxItems: number
  maxWeight?: number
  /** An estimate of what the item adds to the page, in the unit of `maxWeight` (characters of text, say). */
  weight?: (item: T) => number
}

/** Items split into pages, in order. There is always a first page, empty when there are no items. */
export function paginate<T>(items: readonly T[], budget: PageBudget<T>): T[][] {
  const pages: T[][] = []
  let page: T[] = []
  let weight = 0
  for (const item of items) {
    const itemWeight = budget.weight?.(item) ?? 0
    const overweight = budget.maxWeight !== undefined && weight + itemWeight > budget.maxWeight
    if (page.length >= budget.maxItems || (page.length > 0 && overweight)) {
      pages.push(page)
      page = []
      weight = 0
    }
    page.push(item)
    weight += itemWeight
  }
  pages.push(page)
  return pages
}

export interface Facet<T> extends FacetSpec {
  /** Which items each value keeps; a value without a test (the default "all") keeps every item. */
  keeps: Readonly<Record<string, ((item: T) => boolean) | undefined>>
}

export interface ListingPage<T> {
  /** Site-relative and percent-encoded, ready for a link: `/tags/%E7%A4%BA%E4%BE%8B/page/2`. */
  path: string
  /** From 1. */
  number: number
  items: T[]
}

/** A list filtered by one value of each facet, and split into pages. */
export interface Listing<T> {
  /** The value of every facet, defaults included. */
  selection: Readonly<Record<string, string>>
  /** Every item the selection keeps, in list order. */
  items: T[]
  pages: ListingPage<T>[]
}

/** Every listing of a list: one per combination of facet values, each with its pages. */
export interface Listings<T> {
  base: string
  facets: readonly Facet<T>[]
  /** The unfiltered listing first. */
  all: Listing<T>[]
  /** The listing of a selection (facets left out at their default); undefined for a value no listing is built for. */
  get(selection: Selection): Listing<T> | undefined
  /** The unfiltered listing. */
  readonly unfiltered: Listing<T>
  /** Its first page, at the list's own address. */
  readonly first: ListingPage<T>
  /** The page at a path, given as the router hands it over: percent-decoded. */
  page(decodedPath: string): { listing: Listing<T>; page: ListingPage<T> } | undefined
}

function selectionKey(facets: readonly FacetSpec[], selection: Selection): string | undefined {
  const values: string[] = []
  for (const facet of facets) {
    const value = selection[facet.name] ?? facet.defaultValue
    if (!facet.values.includes(value)) return undefined
    values.push(value)
  }
  return JSON.stringify(values)
}

/** Every combination of one value per facet, defaults first. */
function combinations<T>(facets: readonly Facet<T>[]): Record<string, string>[] {
  let result: Record<string, string>[] = [{}]
  for (const facet of facets) {
    const ordered = [facet.defaultValue, ...facet.values.filter((value) => value !== facet.defaultValue)]
    result = result.flatMap((selection) => ordered.map((value) => ({ ...selection, [facet.name]: value })))
  }
  return result
}

/**
 * Builds every listing of a list, with every page's items and address. Each combination of facet values is a listing
 * even when it keeps nothing, so a filtered address stays valid as tasks get done and answers get added.
 */
export function buildListings<T>(base: string, items: readonly T[], facets: readonly Facet<T>[], budget: PageBudget<T>): Listings<T> {
  const byKey = new Map<string, Listing<T>>()
  const byPath = new Map<string, { listing: Listing<T>; page: ListingPage<T> }>()
  const all = combinations(facets).map((selection): Listing<T> => {
    const tests = facets.flatMap((facet) => facet.keeps[selection[facet.name] ?? facet.defaultValue] ?? [])
    const kept = tests.length === 0 ? [...items] : items.filter((item) => tests.every((keeps) => keeps(item)))
    const listing: Listing<T> = { selection, items: kept, pages: [] }
    listing.pages = paginate(kept, budget).map((pageItems, index) => ({
      path: listingPath(base, facets, selection, index + 1),
      number: index + 1,
      items: pageItems,
    }))
    byKey.set(selectionKey(facets, selection) ?? '', listing)
    for (const page of listing.pages) byPath.set(decodeURIComponent(page.path), { listing, page })
    return listing
  })
  const unfiltered = all[0]
  const first = unfiltered?.pages[0]
  if (!unfiltered || !first) throw new Error(`${base}: a list has at least its unfiltered listing, with a first page`)
  return {
    base,
    facets,
    all,
    unfiltered,
    first,
    get: (selection) => {
      const key = selectionKey(facets, selection)
      return key === undefined ? undefined : byKey.get(key)
    },
    page: (decodedPath) => byPath.get(decodedPath),
  }
}

/** The address of the page of a listing that holds each item, by the item's key: where `…#anchor` links point. */
export function pagesOfItems<T>(listing: Listing<T>, key: (item: T) => string): Map<string, string> {
  const pages = new Map<string, string>()
  for (const page of listing.pages) for (const item of page.items) pages.set(key(item), page.path)
  return pages
}
