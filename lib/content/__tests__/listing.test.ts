import { array, assert, integer, nat, property } from 'fast-check'
import { describe, expect, it } from 'vitest'

import { listingPath, selectionFromQuery, visiblePageNumbers, type FacetSpec } from '@/lib/urls/listing-path'
import { listingParams, pageAtSegments } from '@/lib/listing-routes'

import { buildListings, paginate, type Facet } from '../listing'

const identity = (n: number): number => n
const sum = (page: number[]): number => page.reduce((total, w) => total + w, 0)

describe('paginate', () => {
  it('fills pages up to the item limit, in order, with an empty first page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], { maxItems: 2 })).toEqual([[1, 2], [3, 4], [5]])
    expect(paginate([], { maxItems: 2 })).toEqual([[]])
  })

  it('ends a page early when the next item would pass the weight limit, and gives a heavy item a page of its own', () => {
    expect(paginate([3, 3, 5, 20, 1, 1], { maxItems: 10, maxWeight: 10, weight: identity })).toEqual([[3, 3], [5], [20], [1, 1]])
  })

  it('keeps every item once, in order, within both limits (an item over the weight limit alone), each page full', () => {
    assert(
      property(array(nat(50)), integer({ min: 1, max: 8 }), integer({ min: 1, max: 60 }), (weights, maxItems, maxWeight) => {
        const pages = paginate(weights, { maxItems, maxWeight, weight: identity })
        expect(pages.flat()).toEqual(weights)
        expect(pages.filter((page) => page.length > maxItems || (page.length > 1 && sum(page) > maxWeight))).toEqual([])
        // No page could have taken the first item of the next one.
        const roomy = pages.slice(0, -1).filter((page, index) => page.length < maxItems && sum(page) + (pages[index + 1]?.[0] ?? 0) <= maxWeight)
        expect(roomy).toEqual([])
      }),
    )
  })
})

interface Item {
  id: number
  project: string
  done: boolean
}

const ITEMS: Item[] = Array.from({ length: 7 }, (_, id) => ({ id, project: id % 3 === 0 ? 'alpha' : 'beta', done: id >= 5 }))

const FACETS: Facet<Item>[] = [
  { name: 'project', defaultValue: 'all', values: ['all', 'alpha', 'beta', 'gamma'], keeps: { alpha: (i) => i.project === 'alpha', beta: (i) => i.project === 'beta', gamma: () => false } },
  { name: 'status', defaultValue: 'active', values: ['active', 'done', 'all'], keeps: { active: (i) => !i.done, done: (i) => i.done } },
]

describe('buildListings', () => {
  const listings = buildListings('/things', ITEMS, FACETS, { maxItems: 2 })

  it('builds a listing for every combination of facet values, the defaults first, empty ones included', () => {
    expect(listings.all).toHaveLength(12)
    expect(listings.unfiltered.selection).toEqual({ project: 'all', status: 'active' })
    expect(listings.unfiltered.items.map((i) => i.id)).toEqual([0, 1, 2, 3, 4])
    expect(listings.first.path).toBe('/things')
    const empty = listings.get({ project: 'gamma' })
    expect(empty?.items).toEqual([])
    expect(empty?.pages).toEqual([{ path: '/things/project/gamma', number: 1, items: [] }])
  })

  it('gives each page one address: facets not at their default in order, then the page number from page 2', () => {
    expect(listings.unfiltered.pages.map((p) => p.path)).toEqual(['/things', '/things/page/2', '/things/page/3'])
    expect(listings.get({ status: 'all', project: 'beta' })?.pages.map((p) => [p.path, p.items.map((i) => i.id)])).toEqual([
      ['/things/project/beta/status/all', [1, 2]],
      ['/things/project/beta/status/all/page/2', [4, 5]],
    ])
    expect(listings.get({ project: 'omega' })).toBeUndefined()
  })

  it('finds a page by its address, and nothing at an address no page has', () => {
    expect(listings.page('/things/project/alpha/status/done')?.page.items.map((i) => i.id)).toEqual([6])
    expect(listings.page('/things/page/3')?.page.number).toBe(3)
    for (const missing of ['/things/page/1', '/things/page/4', '/things/status/active', '/things/status/done/project/alpha']) {
      expect({ missing, found: listings.page(missing) }).toEqual({ missing, found: undefined })
    }
  })

  it('lists the route segments of every page, none for the list’s own address, each of which finds its page', () => {
    const params = listingParams(listings)
    expect(params).toHaveLength(listings.all.reduce((count, listing) => count + listing.pages.length, 0))
    expect(params[0]).toEqual({ facets: [] })
    expect(params).toContainEqual({ facets: ['project', 'beta', 'status', 'all', 'page', '2'] })
    expect(params.filter(({ facets }) => pageAtSegments(listings, facets) === undefined)).toEqual([])
    expect(pageAtSegments(listings, [])?.page).toBe(listings.first)
    expect(pageAtSegments(listings, ['page', '1'])).toBeUndefined()
  })

  it('percent-encodes addresses for links and finds pages by the decoded address the router hands over', () => {
    const tag = buildListings(`/tags/${encodeURIComponent('示例')}`, ITEMS, [], { maxItems: 3 })
    expect(tag.unfiltered.pages[1]?.path).toBe('/tags/%E7%A4%BA%E4%BE%8B/page/2')
    expect(tag.page('/tags/示例/page/3')?.page.items.map((i) => i.id)).toEqual([6])
    expect(listingParams(tag)).toEqual([{ facets: [] }, { facets: ['page', '2'] }, { facets: ['page', '3'] }])
    expect(pageAtSegments(tag, ['page', '3'])?.page.number).toBe(3)
  })
})

describe('listing addresses', () => {
  const facets: FacetSpec[] = FACETS.map(({ name, defaultValue, values }) => ({ name, defaultValue, values }))

  it('turns an old filtered query string into the listing it asked for, ignoring values no listing has', () => {
    const selection = selectionFromQuery(facets, new URLSearchParams('status=done&project=alpha&utm_source=x'))
    expect(selection).toEqual({ project: 'alpha', status: 'done' })
    expect(listingPath('/things', facets, selection ?? {})).toBe('/things/project/alpha/status/done')
    expect(selectionFromQuery(facets, new URLSearchParams('project=omega&status=active'))).toBeUndefined()
    expect(selectionFromQuery(facets, new URLSearchParams(''))).toBeUndefined()
  })
})

describe('visiblePageNumbers', () => {
  it('shows the first, the last and the current page with its neighbours, a gap of one page as that page', () => {
    expect(visiblePageNumbers(1, 1)).toEqual([1])
    expect(visiblePageNumbers(5, 1)).toEqual([1, 2, null, 5])
    expect(visiblePageNumbers(5, 3)).toEqual([1, 2, 3, 4, 5])
    expect(visiblePageNumbers(20, 10)).toEqual([1, null, 9, 10, 11, null, 20])
    expect(visiblePageNumbers(20, 20)).toEqual([1, null, 19, 20])
    expect(visiblePageNumbers(4, 1)).toEqual([1, 2, 3, 4])
  })
})
