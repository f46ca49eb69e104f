'use client'

import { useEffect } from 'react'

import { listingPath, selectionFromQuery, type FacetSpec } from '@/lib/urls/listing-path'
import { withBasePath } from '@/lib/urls/base-path'

export interface ListingRedirectProps {
  /** The list's address, `/tasks`. */
  base: string
  facets: readonly FacetSpec[]
  /** Whether this is the list's first unfiltered page, the one old filtered links (`/tasks?project=…`) point at. */
  acceptsQuery: boolean
  /** Site-relative address of the list's anchor index (lib/content/listings.ts `AnchorIndex`). */
  anchorIndex: string
}

interface AnchorIndex {
  pages: string[]
  anchors: Record<string, number>
}

function isAnchorIndex(value: unknown): value is AnchorIndex {
  if (typeof value !== 'object' || value === null || !('pages' in value) || !('anchors' in value)) return false
  return Array.isArray(value.pages) && value.pages.every((page) => typeof page === 'string') && typeof value.anchors === 'object' && value.anchors !== null
}

/** Only an address on this site, never one the index could smuggle in (`//host`, `javascript:`). */
function pageOf(index: AnchorIndex, anchor: string): string | undefined {
  const number: unknown = Object.hasOwn(index.anchors, anchor) ? index.anchors[anchor] : undefined
  const page = typeof number === 'number' ? index.pages[number] : undefined
  return page && page.startsWith('/') && !page.startsWith('//') ? page : undefined
}

function decodedHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return hash.slice(1)
  }
}

/**
 * Keeps old links working on a list that is now split into pages, and renders nothing:
 *
 * - a filtered link from when filters lived in the query string (`/tasks?difficulty=easy&status=open`) goes to the
 *   listing's own page (`/tasks/difficulty/easy/status/open`);
 * - a link to an item that is not on this page (`/qa#2019-07-19-qa-3`, or a page number that moved as issues were
 *   added) goes to the page that lists it now, found in the list's anchor index, fetched only then.
 */
export function ListingRedirect({ base, facets, acceptsQuery, anchorIndex }: ListingRedirectProps) {
  useEffect(() => {
    const { search, hash } = window.location
    const selection = acceptsQuery ? selectionFromQuery(facets, new URLSearchParams(search)) : undefined
    if (selection) {
      window.location.replace(`${withBasePath(listingPath(base, facets, selection))}${hash}`)
      return
    }
    const anchor = decodedHash(hash)
    if (!anchor || document.getElementById(anchor)) return
    const controller = new AbortController()
    fetch(withBasePath(anchorIndex), { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((index: unknown) => {
        const page = isAnchorIndex(index) ? pageOf(index, anchor) : undefined
        if (page && withBasePath(page) !== window.location.pathname) window.location.replace(`${withBasePath(page)}${hash}`)
      })
      // An index that cannot be fetched leaves the reader where they are, on a page that works.
      .catch(() => undefined)
    return () => controller.abort()
  }, [base, facets, acceptsQuery, anchorIndex])
  return null
}
