import MiniSearch, { type Options, type SearchResult } from 'minisearch'

import { isCjk, queryTerms, tokenize } from './tokenize'

export type SearchKind = 'issue' | 'qa' | 'task'

/** One searchable thing: an issue, a Q&A or a task, with where it lives on the site. */
export interface SearchDocument {
  id: string
  kind: SearchKind
  title: string
  /** Plain text searched and quoted in snippets. */
  text: string
  /** `YYYY-MM-DD`. */
  date: string
  /** Site-relative URL, straight to the Q&A or task anchor. */
  url: string
}

export type StoredFields = Omit<SearchDocument, 'id'>

/** Index options; the same object must be used to build the index and to load it in the browser. */
export const searchOptions: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: ['kind', 'title', 'text', 'date', 'url'],
  tokenize,
  processTerm: (term) => term,
}

export function buildSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchOptions)
  index.addAll(documents)
  return index
}

export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, searchOptions)
}

export interface SearchHit extends StoredFields {
  id: string
  score: number
  /** The text around the best match, split into plain and highlighted parts. */
  snippet: { text: string; match: boolean }[]
}

/**
 * Every query token must match (AND). Latin words also match as prefixes (RpcInvokeContext finds
 * RpcInvokeContextv6) and, from five letters on, with one typo. Results that contain the query as written, in the
 * title or text, rank above those that only contain its parts.
 */
export function search(index: MiniSearch<SearchDocument>, query: string, limit = 50): SearchHit[] {
  const trimmed = query.trim()
  if (!trimmed) return []
  const phrase = trimmed.normalize('NFKC').toLowerCase()
  const terms = queryTerms(trimmed)
  const results = index.search(trimmed, {
    combineWith: 'AND',
    prefix: (term) => !isCjk(term),
    fuzzy: (term) => (!isCjk(term) && term.length >= 5 ? 1 : false),
    boost: { title: 3 },
    boostDocument: (_id, _term, stored) => {
      const title = String(stored?.title ?? '').toLowerCase()
      const text = String(stored?.text ?? '').toLowerCase()
      return title.includes(phrase) ? 4 : text.includes(phrase) ? 2 : 1
    },
  })
  return results.slice(0, limit).map((result) => toHit(result, terms))
}

const KINDS: readonly string[] = ['issue', 'qa', 'task'] satisfies SearchKind[]

function isKind(value: unknown): value is SearchKind {
  return typeof value === 'string' && KINDS.includes(value)
}

/** MiniSearch types stored fields as `any`: read them back checked. */
function toHit(result: SearchResult, terms: string[]): SearchHit {
  const field = (name: string): string => (typeof result[name] === 'string' ? result[name] : '')
  const text = field('text')
  return {
    id: String(result.id),
    score: result.score,
    kind: isKind(result.kind) ? result.kind : 'issue',
    title: field('title'),
    text,
    date: field('date'),
    url: field('url'),
    snippet: makeSnippet(text, terms),
  }
}

const SNIPPET_RADIUS = 48

/** A window of text around the first match of any term, with every term occurrence in it marked. */
export function makeSnippet(text: string, terms: string[]): { text: string; match: boolean }[] {
  const lower = text.toLowerCase()
  const positions = terms.map((term) => lower.indexOf(term)).filter((i) => i >= 0)
  const first = positions.length ? Math.min(...positions) : 0
  const start = Math.max(0, first - SNIPPET_RADIUS)
  const end = Math.min(text.length, first + SNIPPET_RADIUS * 2)
  const window = text.slice(start, end).replace(/\s+/g, ' ')
  const windowLower = window.toLowerCase()

  const marks: [number, number][] = []
  for (const term of terms) {
    for (let i = windowLower.indexOf(term); i >= 0; i = windowLower.indexOf(term, i + term.length)) marks.push([i, i + term.length])
  }
  const ordered = marks.toSorted((a, b) => a[0] - b[0])

  const parts: { text: string; match: boolean }[] = []
  let cursor = 0
  for (const [from, to] of ordered) {
    if (from < cursor) continue
    if (from > cursor) parts.push({ text: window.slice(cursor, from), match: false })
    parts.push({ text: window.slice(from, to), match: true })
    cursor = to
  }
  if (cursor < window.length) parts.push({ text: window.slice(cursor), match: false })
  if (start > 0) parts.unshift({ text: '…', match: false })
  if (end < text.length) parts.push({ text: '…', match: false })
  return parts
}
