'use client'

import { useEffect, useId, useRef, useState, type ChangeEvent, type Dispatch, type FormEvent, type SetStateAction } from 'react'

import { Link } from '@/components/Link'
import { FIRST_RESULTS, PAGE_SIZE, createSearchEngine, type SearchEngine, type SearchHit, type SearchKind } from '@/lib/search/engine'
import { setUrlQuery, useUrlQuery } from '@/lib/url-query'

export interface SearchPanelProps {
  /** The entry of the index built with the site (`/search-index.json`). */
  indexUrl: string
  /** The folder of its shards and chunks (`/search-index`). */
  filesUrl: string
  labels: {
    query: string
    placeholder: string
    button: string
    loading: string
    error: string
    empty: string
    noResults: string
    results: string
    more: string
    kinds: Record<SearchKind, string>
  }
}

/**
 * `more`: the next results, read on request (`loading`), or, right after a query's first results, the rest of its
 * first page, read on its own (`filling`).
 */
type ResultsState =
  | { status: 'ready'; query: string; total: number; hits: SearchHit[]; more: 'idle' | 'filling' | 'loading' | 'error' }
  | { status: 'error'; query: string }

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url}`)
  return response.json()
}

let sharedEngine: SearchEngine | undefined

/**
 * How long typing pauses before the shards of the query so far are read: long enough not to ask for a file per key
 * press, short enough that a reader who stops to press Enter finds them read.
 */
const PREFETCH_DELAY_MS = 150

/** One engine per page load: the parts of the index it has read serve every later query. */
function getEngine(indexUrl: string, filesUrl: string): SearchEngine {
  sharedEngine ??= createSearchEngine({
    meta: () => fetchJson(indexUrl),
    file: (hash, name) => fetchJson(`${filesUrl}/${hash}/${name}`),
  })
  return sharedEngine
}

type ReadyState = Extract<ResultsState, { status: 'ready' }>

/** The results after `from.hits` (a page's worth, or what is left of the first page), appended to them. */
function appendResults(engine: SearchEngine, from: ReadyState, limit: number, setState: Dispatch<SetStateAction<ResultsState | undefined>>): void {
  const update = (change: (now: ReadyState) => ReadyState) =>
    setState((now) => (now?.status === 'ready' && now.query === from.query ? change(now) : now))
  engine.search(from.query, { offset: from.hits.length, limit }).then(
    (page) => update((now) => ({ ...now, hits: [...now.hits, ...page.hits], more: 'idle' })),
    () => update((now) => ({ ...now, more: 'error' })),
  )
}

function readQuery(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? ''
}

/** A new query becomes a history entry, so Back returns to the previous results. */
function pushQuery(q: string): void {
  const params = new URLSearchParams(window.location.search)
  if (q) params.set('q', q)
  else params.delete('q')
  setUrlQuery(params, 'push')
}

/**
 * The search page's form and results. The query lives in the URL (`/search?q=…`), so results can be shared and
 * reloaded. The index is static files built with the site, so search needs no server; a query downloads only the
 * parts of the index its words are in, and the text of the results on screen (ten at a time).
 */
export function SearchPanel({ indexUrl, filesUrl, labels }: SearchPanelProps) {
  const id = useId()
  const search = useUrlQuery()
  // A submitted query is searched at once and written to the URL only once its results are on screen: Next.js
  // re-renders its router for every history entry, work that delayed the results by 50-150 ms with the CPU 4×
  // slower. It stands for the URL it was typed on; once the URL changes (the push, or Back), the URL's query counts.
  const [submitted, setSubmitted] = useState<{ q: string; on: string } | undefined>(undefined)
  const query = submitted?.on === search ? submitted.q : readQuery(search)
  const [state, setState] = useState<ResultsState | undefined>(undefined)
  const prefetchTimer = useRef<number | undefined>(undefined)

  // The entry of the index is small: read it as soon as the page is here (app/search/page.tsx also preloads it).
  useEffect(() => {
    getEngine(indexUrl, filesUrl)
      .prepare()
      .catch(() => undefined)
  }, [indexUrl, filesUrl])

  useEffect(() => {
    if (!query) return
    // Until this query's results arrive, `current` below is undefined: the status says it is searching.
    let cancelled = false
    const engine = getEngine(indexUrl, filesUrl)
    engine.search(query, { limit: FIRST_RESULTS }).then(
      ({ total, hits }) => {
        if (cancelled) return
        const filling = hits.length < Math.min(total, PAGE_SIZE)
        // The rest of the first page downloads while these render; it is shown once they are painted (below).
        if (filling) engine.prefetch(query, { records: PAGE_SIZE }).catch(() => undefined)
        setState({ status: 'ready', query, total, hits, more: filling ? 'filling' : 'idle' })
      },
      () => !cancelled && setState({ status: 'error', query }),
    )
    return () => {
      cancelled = true
    }
  }, [indexUrl, filesUrl, query])

  const current = query && state?.query === query ? state : undefined

  // Once a query's first results are painted, the rest of its first page: below them, so nothing in view moves.
  useEffect(() => {
    if (current?.status !== 'ready' || current.more !== 'filling') return
    let timer: number | undefined
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => appendResults(getEngine(indexUrl, filesUrl), current, PAGE_SIZE - current.hits.length, setState))
    })
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [current, indexUrl, filesUrl])

  // Back or Forward before a submitted query reached the URL forgets it: the URL it was typed on shows its own query.
  useEffect(() => {
    const forget = (): void => setSubmitted(undefined)
    window.addEventListener('popstate', forget)
    return () => window.removeEventListener('popstate', forget)
  }, [])

  useEffect(() => () => window.clearTimeout(prefetchTimer.current), [])

  // What the query needs is downloaded while it is typed (its shards, its first results' record chunks), so
  // submitting it waits for little more than React.
  // Not while an input method composes: its Latin letters (zhuce for 注册) are not the query, and Chromium sends no
  // input event after the composition ends, hence compositionend too.
  const prefetchQuery = (q: string): void => {
    window.clearTimeout(prefetchTimer.current)
    prefetchTimer.current = window.setTimeout(() => {
      getEngine(indexUrl, filesUrl)
        .prefetch(q, { records: FIRST_RESULTS })
        .catch(() => undefined)
    }, PREFETCH_DELAY_MS)
  }
  const onQueryChange = (event: ChangeEvent<HTMLInputElement>): void => {
    if (event.nativeEvent instanceof InputEvent && event.nativeEvent.isComposing) window.clearTimeout(prefetchTimer.current)
    else prefetchQuery(event.currentTarget.value)
  }

  const submitQuery = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    window.clearTimeout(prefetchTimer.current)
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim()
    if (!q) {
      setSubmitted(undefined)
      pushQuery('')
      return
    }
    // Its files are requested now, before React renders; the effect above finds the search under way (or done).
    setSubmitted({ q, on: window.location.search })
    getEngine(indexUrl, filesUrl)
      .search(q, { limit: FIRST_RESULTS })
      .catch(() => undefined)
  }

  // Once a submitted query's results (or its error) are on screen and painted, the query becomes a history entry,
  // unless the reader went elsewhere meanwhile; from then on the URL names it. Counted from React's commit, not from
  // the search's end: the router's re-render must not run between the two and hold back the results' first frame.
  useEffect(() => {
    if (!submitted || current?.query !== submitted.q) return
    let timer: number | undefined
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        if (window.location.search === submitted.on) pushQuery(submitted.q)
        setSubmitted((now) => (now === submitted ? undefined : now))
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [submitted, current])
  const hits = current?.status === 'ready' ? current.hits : []

  const showMore = (): void => {
    if (current?.status !== 'ready') return
    setState({ ...current, more: 'loading' })
    appendResults(getEngine(indexUrl, filesUrl), current, PAGE_SIZE, setState)
  }

  return (
    <div>
      <search>
        <form onSubmit={submitQuery} className="flex gap-2">
          <label htmlFor={`${id}-q`} className="sr-only">
            {labels.query}
          </label>
          <input
            id={`${id}-q`}
            key={query}
            name="q"
            type="search"
            defaultValue={query}
            onChange={onQueryChange}
            onCompositionEnd={(event) => prefetchQuery(event.currentTarget.value)}
            placeholder={labels.placeholder}
            autoComplete="off"
            className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
          />
          <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
            {labels.button}
          </button>
        </form>
      </search>

      {/* Results arrive after the page has painted: the space they take is reserved (a screen's height), so they
          never push the footer, or anything else in view, down (no layout shift). */}
      <div className="min-h-svh">
        <div aria-live="polite" className="mt-4 min-h-6 text-sm text-zinc-600 dark:text-zinc-400">
          {!query
            ? labels.empty
            : !current
              ? labels.loading
              : current.status === 'error'
                ? labels.error
                : (current.total ? labels.results : labels.noResults).replace('{n}', String(current.total)).replace('{q}', query)}
        </div>

        {hits.length > 0 ? (
          <ol aria-busy={current?.status === 'ready' && current.more === 'filling'} className="mt-4 space-y-3">
            {hits.map((hit) => (
              <li key={hit.id} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
                <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                  <span className="rounded-full bg-zinc-100 px-2 py-0.5 font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                    {labels.kinds[hit.kind]}
                  </span>
                  <time dateTime={hit.date}>{hit.dateText}</time>
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

        {current?.status === 'ready' && current.more !== 'filling' && hits.length < current.total ? (
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={showMore}
              disabled={current.more === 'loading'}
              className="rounded-lg border border-zinc-300 px-4 py-2 text-sm font-medium text-zinc-800 hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
            >
              {labels.more}
            </button>
            {current.more === 'error' ? <span className="text-sm text-red-700 dark:text-red-400">{labels.error}</span> : null}
          </div>
        ) : null}
      </div>
    </div>
  )
}
