/**
 * The files of the search index, as the build writes them and the browser reads them. No imports from Node: the
 * search page loads this.
 *
 * - `/search-index.json`, the entry, read on the first search: where the term shards and record chunks begin.
 * - `/search-index/<hash>/t<n>.json`, term shards: every indexed term in sorted order, cut into files of about the
 *   same size, each term with its postings (which documents have it, and how much it counts in each).
 * - `/search-index/<hash>/r<n>.json`, record chunks: what a result shows (kind, title, date, URL, text), a few
 *   documents per file, read only for the results on screen.
 *
 * `<hash>` is the hash of the whole index: a new build with other content writes other names, so every file but the
 * entry can be cached for good.
 */

export type SearchKind = 'issue' | 'qa' | 'task' | 'release' | 'event'

export const SEARCH_KINDS: readonly SearchKind[] = ['issue', 'qa', 'task', 'release', 'event']

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

/** What a result shows: the document, and its date as the site's readers write it. */
export interface SearchRecord extends Omit<SearchDocument, 'id'> {
  /**
   * `2022年5月27日`, formatted at build time: creating the browser's first Intl.DateTimeFormat for a locale costs
   * 170 ms, 450 ms on a slow phone, on the first search.
   */
  dateText: string
}

export const INDEX_FORMAT = 1

export interface SearchMeta {
  format: typeof INDEX_FORMAT
  /** Hash of every file of the index: the folder they are served from. */
  hash: string
  documents: number
  /** The first term of each shard, in sorted order: shard n holds the terms from `shards[n]` to `shards[n + 1]`. */
  shards: string[]
  /** How many documents each record chunk holds, in document order. */
  chunks: number[]
}

/**
 * A shard: its terms in sorted order, each with its inverse document frequency in titles and in texts, and its
 * postings flattened into triples `[document delta, title weight, text weight, …]`. The document numbers ascend
 * (each stored as the difference to the previous one); a weight is BM25+'s term-frequency part for that field (0.5
 * to 2.7 when the term is there) times WEIGHT_SCALE, rounded, 0 when it is not. Score = Σ idf × weight.
 * Written as arrays, not an object keyed by term: a term may be any word of the content, `__proto__` included.
 */
export interface Shard {
  terms: string[]
  /** `[title idf, text idf]` of each term, to three decimals; checked when read (`readTerm`). */
  idf: unknown[]
  /** Checked when read (`readTerm`). */
  postings: unknown[]
}

/** One term of a shard, checked: a query reads a few of a shard's thousands of terms. */
export interface ShardTerm {
  titleIdf: number
  textIdf: number
  postings: number[]
}

export const WEIGHT_SCALE = 20

/** A chunk: `[kind, title, date, date as written, url, text]` for consecutive documents. */
export type RecordTuple = [SearchKind, string, string, string, string, string]

export function shardFile(n: number): string {
  return `t${n}.json`
}

export function chunkFile(n: number): string {
  return `r${n}.json`
}

// The index is this site's own output, but it arrives over the network: read it checked, never cast.

// Plain loops, not `every` with a callback: a shard holds thousands of numbers, checked on a fresh page whose code
// is not optimised yet, where a call per number cost 10-20 ms with the CPU 4× slower.

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false
  for (const item of value) if (typeof item !== 'string') return false
  return true
}

function isNumberArray(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false
  for (const item of value) if (typeof item !== 'number' || !Number.isFinite(item)) return false
  return true
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function parseMeta(value: unknown): SearchMeta {
  if (
    isObject(value) &&
    value.format === INDEX_FORMAT &&
    typeof value.hash === 'string' &&
    /^[0-9a-f]+$/.test(value.hash) &&
    typeof value.documents === 'number' &&
    isStringArray(value.shards) &&
    isNumberArray(value.chunks)
  ) {
    return { format: INDEX_FORMAT, hash: value.hash, documents: value.documents, shards: value.shards, chunks: value.chunks }
  }
  throw new Error('search index: unexpected format of search-index.json')
}

function isIdfPair(value: unknown): value is [number, number] {
  return isNumberArray(value) && value.length === 2
}

/**
 * The shard's outline is checked here (its terms are searched by binary search), each term's numbers by `readTerm`
 * when a query reads it: a shard holds thousands of numbers and a query needs a few hundred.
 */
export function parseShard(value: unknown): Shard {
  if (Array.isArray(value) && value.length === 3) {
    const [terms, idf, postings]: unknown[] = value
    if (isStringArray(terms) && Array.isArray(idf) && idf.length === terms.length && Array.isArray(postings) && postings.length === terms.length) {
      return { terms, idf, postings }
    }
  }
  throw new Error('search index: unexpected format of a term shard')
}

export function readTerm(shard: Shard, i: number): ShardTerm {
  const idf = shard.idf[i]
  const postings = shard.postings[i]
  if (isIdfPair(idf) && isNumberArray(postings) && postings.length % 3 === 0) return { titleIdf: idf[0], textIdf: idf[1], postings }
  throw new Error('search index: unexpected format of a term shard')
}

function isKind(value: unknown): value is SearchKind {
  return typeof value === 'string' && (SEARCH_KINDS as readonly string[]).includes(value)
}

export function parseChunk(value: unknown): SearchRecord[] {
  if (!Array.isArray(value)) throw new Error('search index: unexpected format of a record chunk')
  return value.map((tuple: unknown): SearchRecord => {
    if (Array.isArray(tuple) && tuple.length === 6 && isStringArray(tuple.slice(1))) {
      const [kind, title, date, dateText, url, text]: unknown[] = tuple
      if (isKind(kind) && typeof title === 'string' && typeof date === 'string' && typeof dateText === 'string' && typeof url === 'string' && typeof text === 'string') {
        return { kind, title, date, dateText, url, text }
      }
    }
    throw new Error('search index: unexpected format of a record')
  })
}
