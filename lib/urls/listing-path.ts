/**
 * Addresses of the pages of a list (`/qa/page/2`, `/tasks/project/layotto/difficulty/easy`). Shared by the content
 * layer, which builds every page, and the client leaf that turns old query-string links into these addresses, so it
 * imports nothing.
 *
 * A listing is a list filtered by a value of each of its facets. Its address is the list's base, then each facet that
 * is not at its default as `/name/value`, in the facets' order, then `/page/N` from page 2 on: one address per page,
 * and page 1 of the unfiltered list keeps the list's old address.
 */

export interface FacetSpec {
  /** The facet's name in the address, and in the old query string (`?project=`). */
  name: string
  defaultValue: string
  /** Every value a listing is built for, the default among them. */
  values: readonly string[]
}

/** A value of every facet, by facet name; a facet left out is at its default. */
export type Selection = Readonly<Record<string, string | undefined>>

/** The segment that introduces a page number: `/qa/page/2`. */
export const PAGE_SEGMENT = 'page'

export function listingPath(base: string, facets: readonly FacetSpec[], selection: Selection, page = 1): string {
  let path = base
  for (const facet of facets) {
    const value = selection[facet.name] ?? facet.defaultValue
    if (value !== facet.defaultValue) path += `/${facet.name}/${encodeURIComponent(value)}`
  }
  return page > 1 ? `${path}/${PAGE_SEGMENT}/${page}` : path
}

/**
 * The selection an old filtered link asked for (`/tasks?project=layotto&status=done`, written when filters lived in
 * the query string), or undefined when the query names no facet value a listing exists for.
 */
export function selectionFromQuery(facets: readonly FacetSpec[], query: URLSearchParams): Record<string, string> | undefined {
  const selection: Record<string, string> = {}
  for (const facet of facets) {
    const value = query.get(facet.name)
    if (value !== null && value !== facet.defaultValue && facet.values.includes(value)) selection[facet.name] = value
  }
  return Object.keys(selection).length > 0 ? selection : undefined
}

/** The page numbers to show: the first, the last, and the current one with its neighbours; null where some are left out. */
export function visiblePageNumbers(count: number, current: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).toSorted((a, b) => a - b)
  return shown.flatMap((n, index) => {
    const previous = shown[index - 1]
    if (previous === undefined || n === previous + 1) return [n]
    // A gap of one page shows that page rather than an ellipsis standing for it.
    return n === previous + 2 ? [previous + 1, n] : [null, n]
  })
}
