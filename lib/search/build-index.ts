import { createHash } from 'node:crypto'

import { newestFirst } from '@/lib/dates'

import {
  INDEX_FORMAT,
  WEIGHT_SCALE,
  chunkFile,
  shardFile,
  type RecordTuple,
  type SearchDocument,
  type SearchMeta,
} from './format'
import type { IndexSource } from './engine'
import { tokenize } from './tokenize'

/** The index as files: the entry (`/search-index.json`) and every shard and chunk by file name. */
export interface SearchIndexFiles {
  meta: SearchMeta
  files: ReadonlyMap<string, string>
}

export interface BuildIndexOptions {
  /**
   * A shard is cut once its JSON passes this many bytes (about a third of it gzipped). Smaller shards mean fewer
   * bytes per query and more files per build; a single very common term may make one larger.
   */
  shardBytes?: number
  /** Likewise for record chunks: a result downloads the chunk that holds it. */
  chunkBytes?: number
  /** A document's date as results show it (`2022年5月27日`); the ISO date when not given. */
  formatDate?: (date: string) => string
}

/** BM25+ as MiniSearch uses it. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }

interface FieldStats {
  /** Term frequencies of each document's field. */
  frequencies: Map<string, number>[]
  lengths: number[]
  averageLength: number
  /** Documents whose field has the term. */
  documentFrequency: Map<string, number>
}

function fieldStats(texts: readonly string[]): FieldStats {
  const frequencies = texts.map((text) => {
    const counts = new Map<string, number>()
    for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + 1)
    return counts
  })
  const lengths = frequencies.map((counts) => [...counts.values()].reduce((sum, n) => sum + n, 0))
  const documentFrequency = new Map<string, number>()
  for (const counts of frequencies) for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
  const averageLength = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length)
  return { frequencies, lengths, averageLength, documentFrequency }
}

function inverseDocumentFrequency(df: number, documents: number): number {
  return Math.round(Math.log(1 + (documents - df + 0.5) / (df + 0.5)) * 1000) / 1000
}

/** BM25+'s term-frequency part, stored as an integer: at least 1 for a term that is there. */
function storedWeight(tf: number, length: number, averageLength: number): number {
  if (tf === 0) return 0
  const weight = BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / Math.max(1, averageLength)))
  return Math.max(1, Math.round(weight * WEIGHT_SCALE))
}

/** Newest first, and the documents of one day (an issue, its Q&As, its tasks) next to each other in one chunk. */
function orderDocuments(documents: readonly SearchDocument[]): SearchDocument[] {
  return documents.toSorted(newestFirst)
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Consecutive items into files of about `limit` bytes each; returns each file's first index and its JSON. */
function pack<T>(
  items: readonly T[],
  limit: number,
  size: (item: T) => number,
  serialize: (items: T[]) => string,
): { starts: number[]; texts: string[] } {
  const starts: number[] = []
  const texts: string[] = []
  let start = 0
  let bytes = 0
  const flush = (end: number): void => {
    starts.push(start)
    texts.push(serialize(items.slice(start, end)))
    start = end
    bytes = 0
  }
  items.forEach((item, i) => {
    const itemBytes = size(item)
    if (bytes > 0 && bytes + itemBytes > limit) flush(i)
    bytes += itemBytes
  })
  if (start < items.length || starts.length === 0) flush(items.length)
  return { starts, texts }
}

/**
 * Builds the sharded index of lib/search/format.ts. Every score is computed here, once, from the whole collection,
 * so a query needs only the shards of its own terms and the chunks of the results it shows.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  { shardBytes = 24_000, chunkBytes = 8_000, formatDate = (date) => date }: BuildIndexOptions = {},
): SearchIndexFiles {
  const ordered = orderDocuments(documents)
  const count = ordered.length
  const title = fieldStats(ordered.map((doc) => doc.title))
  const text = fieldStats(ordered.map((doc) => doc.text))

  // Postings by term, document numbers ascending because documents are visited in order.
  const postings = new Map<string, number[]>()
  const last = new Map<string, number>()
  ordered.forEach((_doc, n) => {
    const titleCounts = title.frequencies[n] ?? new Map<string, number>()
    const textCounts = text.frequencies[n] ?? new Map<string, number>()
    for (const term of new Set([...titleCounts.keys(), ...textCounts.keys()])) {
      const list = postings.get(term) ?? []
      list.push(
        n - (last.get(term) ?? 0),
        storedWeight(titleCounts.get(term) ?? 0, title.lengths[n] ?? 0, title.averageLength),
        storedWeight(textCounts.get(term) ?? 0, text.lengths[n] ?? 0, text.averageLength),
      )
      postings.set(term, list)
      last.set(term, n)
    }
  })
  const idfOf = (term: string): [number, number] => [
    inverseDocumentFrequency(title.documentFrequency.get(term) ?? 0, count),
    inverseDocumentFrequency(text.documentFrequency.get(term) ?? 0, count),
  ]

  // Code-unit order, as the browser compares strings with < (lib/search/engine.ts finds shards by binary search).
  const terms = [...postings.keys()].toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const postingsOf = (term: string): number[] => postings.get(term) ?? []
  const shards = pack(
    terms,
    shardBytes,
    (term) => byteLength(term) + postingsOf(term).join(',').length + 20,
    (slice) => JSON.stringify([slice, slice.map(idfOf), slice.map(postingsOf)]),
  )
  const records = ordered.map((doc): RecordTuple => [doc.kind, doc.title, doc.date, formatDate(doc.date), doc.url, doc.text])
  const chunks = pack(records, chunkBytes, (record) => byteLength(JSON.stringify(record)) + 1, (slice) => JSON.stringify(slice))

  const files = new Map<string, string>()
  shards.texts.forEach((json, n) => files.set(shardFile(n), json))
  chunks.texts.forEach((json, n) => files.set(chunkFile(n), json))
  const hash = createHash('sha256')
  for (const [name, json] of files) hash.update(`${name}\n${json}\n`)

  return {
    meta: {
      format: INDEX_FORMAT,
      hash: hash.digest('hex').slice(0, 16),
      documents: count,
      shards: shards.starts.map((start) => terms[start] ?? ''),
      chunks: chunks.starts.map((start, n) => (chunks.starts[n + 1] ?? count) - start),
    },
    files,
  }
}

/** The index read straight from memory, as the browser reads it over HTTP: for tests and benchmarks. */
export function memoryIndexSource({ meta, files }: SearchIndexFiles): IndexSource {
  return {
    meta: async () => JSON.parse(JSON.stringify(meta)),
    file: async (hash, name) => {
      const json = hash === meta.hash ? files.get(name) : undefined
      if (json === undefined) throw new Error(`search index: no file ${hash}/${name}`)
      return JSON.parse(json)
    },
  }
}
