'use client'

import { useEffect, useId, useState } from 'react'

import { Link } from '@/components/Link'
import { formatIssueDate } from '@/lib/dates'
import { loadSearchIndex, search, type SearchHit, type SearchKind } from '@/lib/search/engine'
import { setUrlQuery, useUrlQuery } from '@/lib/url-query'

export interface SearchPanelProps {
  /** Where the index built with the site is served. */
  indexUrl: string
  locale: string
  labels: {
    query: string
    placeholder: string
    button: string
    loading: string
    error: string
    empty: string
    noResults: string
    results: string
    kinds: Record<SearchKind, string>
  }
}

type IndexState = { status: 'loading' } | { status: 'ready'; index: ReturnType<typeof loadSearchIndex> } | { status: 'error' }

let indexPromise: Promise<ReturnType<typeof loadSearchIndex>> | undefined

/** The index is fetched once, when the search page first needs it. */
function fetchIndex(url: string): Promise<ReturnType<typeof loadSearchIndex>> {
  indexPromise ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
      return response.text()
    })
    .then(loadSearchIndex)
  return indexPromise
}

/** A new query becomes a history entry, so Back returns to the previous results. */
function submitQuery(formData: FormData): void {
  const q = String(formData.get('q') ?? '').trim()
  const params = new URLSearchParams(window.location.search)
  if (q) params.set('q', q)
  else params.delete('q')
  setUrlQuery(params, 'push')
}

/**
 * The search page's form and results. The query lives in the URL (`/search?q=…`), so results can be shared and
 * reloaded; the index is a static file built with the site, so search needs no server.
 */
export function SearchPanel({ indexUrl, locale, labels }: SearchPanelProps) {
  const id = useId()
  const query = new URLSearchParams(useUrlQuery()).get('q') ?? ''
  const [state, setState] = useState<IndexState>({ status: 'loading' })

  useEffect(() => {
    let cancelled = false
    fetchIndex(indexUrl).then(
      (index) => !cancelled && setState({ status: 'ready', index }),
      () => !cancelled && setState({ status: 'error' }),
    )
    return () => {
      cancelled = true
    }
  }, [indexUrl])

  const hits: SearchHit[] = state.status === 'ready' ? search(state.index, query) : []

  return (
    <div>
      <search>
        <form action={submitQuery} className="flex gap-2">
        <label htmlFor={`${id}-q`} className="sr-only">
          {labels.query}
        </label>
        <input
          id={`${id}-q`}
          key={query}
          name="q"
          type="search"
          defaultValue={query}
          placeholder={labels.placeholder}
          autoComplete="off"
          className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
        />
        <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          {labels.button}
        </button>
        </form>
      </search>

      <div aria-live="polite" className="mt-4 min-h-6 text-sm text-zinc-600 dark:text-zinc-400">
        {!query
          ? labels.empty
          : state.status === 'loading'
            ? labels.loading
            : state.status === 'error'
              ? labels.error
              : (hits.length ? labels.results : labels.noResults).replace('{n}', String(hits.length)).replace('{q}', query)}
      </div>

      {hits.length > 0 ? (
        <ol className="mt-4 space-y-3">
          {hits.map((hit) => (
            <li key={hit.id} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
              <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                <span className="rounded-full bg-zinc-100 px-2 py-0.5 font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                  {labels.kinds[hit.kind]}
                </span>
                <time dateTime={hit.date}>{formatIssueDate(hit.date, locale)}</time>
              </p>
              <h2 className="mt-1 font-semibold">
                <Link href={hit.url} className="text-zinc-900 underline-offset-2 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400">
                  {hit.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm break-words text-zinc-700 dark:text-zinc-300">
                {hit.snippet.map((part, index) =>
                  part.match ? (
                    <mark key={index} className="rounded bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-700 dark:text-white">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
