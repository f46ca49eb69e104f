import { useSyncExternalStore } from 'react'

/**
 * The page's URL query as state, for client components whose state lives in the URL (filters, search) so that it
 * can be shared and reloaded. Static HTML cannot know the query: the server render sees an empty one, and the
 * component re-renders with the real one right after hydration.
 */
const QUERY_CHANGE = 'urlquery:change'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(QUERY_CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(QUERY_CHANGE, onChange)
  }
}

const readQuery = (): string => window.location.search
const readServerQuery = (): string => ''

/** `?a=1&b=2` on the client, `''` on the server. */
export function useUrlQuery(): string {
  return useSyncExternalStore(subscribe, readQuery, readServerQuery)
}

/**
 * Writes the query without a reload: `push` makes a history entry (Back returns to the previous search), `replace`
 * does not (a filter change). The hash is kept, so an anchor still points where it did.
 */
export function setUrlQuery(params: URLSearchParams, mode: 'push' | 'replace'): void {
  const search = params.toString()
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(window.history.state, '', url)
  window.dispatchEvent(new Event(QUERY_CHANGE))
}
