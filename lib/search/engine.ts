import { WEIGHT_SCALE, chunkFile, parseChunk, parseMeta, parseShard, readTerm, shardFile, type SearchMeta, type SearchRecord, type Shard } from './format'
import { bigrams, isCjk, queryTerms, tokenize } from './tokenize'

export type { SearchDocument, SearchKind, SearchRecord } from './format'

/** Where the index files come from: `fetch` in the browser, the build's output in tests and benchmarks. */
export interface IndexSource {
  /** `/search-index.json`. */
  meta(): Promise<unknown>
  /** `/search-index/<hash>/<name>`. */
  file(hash: string, name: string): Promise<unknown>
}

export interface SearchHit extends SearchRecord {
  /** The result's URL, unique among results. */
  id: string
  score: number
  /** The text around the best match, split into plain and highlighted parts. */
  snippet: { text: string; match: boolean }[]
}

export interface SearchPage {
  /** Every document that matches. */
  total: number
  hits: SearchHit[]
}

/** Results shown at a time; each page downloads the record chunks of its own results only. */
export const PAGE_SIZE = 10

/**
 * Results of a query shown first: more than a phone's screen holds (four or five). Each needs its record chunk, and
 * ten chunks are two rounds of requests over HTTP/1.1 (six connections), so the rest of the first page is read while
 * these render and shown once they are painted.
 */
export const FIRST_RESULTS = 5

/** A short Latin prefix (`co`) matches thousands of terms: its expansion reads at most this many shards. */
const MAX_PREFIX_SHARDS = 2
/** A long query is matched on a covering subset of its parts, so it reads few shards however long it is. */
const MAX_QUERY_TOKENS = 6
/** MiniSearch's weights for prefix and fuzzy matches, relative to an exact match. */
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
/** The title counts three times the text. */
const TITLE_BOOST = 3

interface Candidate {
  doc: number
  score: number
  /** Every query part was found as written in the title: the phrase most likely is there too. */
  title: boolean
  exact: boolean
}

/**
 * What every query token adds to each document, in arrays indexed by document number rather than a map and an object
 * per match: a query for a common word touches thousands of documents, and this runs on a fresh page whose code is
 * not optimised yet, where each allocation and map lookup costs (ranking 注册中心 at 1,000 issues took 60-120 ms
 * with maps, with the CPU 4× slower).
 */
interface Tally {
  score: Float64Array
  /** How many query tokens the document has (AND: all of them). */
  tokens: Uint8Array
  /** How many tokens it has as written or as a prefix, and how many of those in its title. */
  exact: Uint8Array
  title: Uint8Array
  /** The last token (1-based) that counted the document in each of the three counts above. */
  seen: Uint8Array
  seenExact: Uint8Array
  seenTitle: Uint8Array
}

function createTally(documents: number): Tally {
  return {
    score: new Float64Array(documents),
    tokens: new Uint8Array(documents),
    exact: new Uint8Array(documents),
    title: new Uint8Array(documents),
    seen: new Uint8Array(documents),
    seenExact: new Uint8Array(documents),
    seenTitle: new Uint8Array(documents),
  }
}

/**
 * The tokens a query is matched on. Chinese is matched on its overlapping bigrams (注册中心: 注册 册中 中心) so it is
 * found only where those characters follow each other; a long run keeps every other bigram and its last, which still
 * covers every character, and the phrase check on the results shown (below) ranks the exact phrase first.
 */
export function matchTokens(query: string): string[] {
  const tokens = [...new Set(tokenize(query))]
  if (tokens.length <= MAX_QUERY_TOKENS) return tokens
  const normalized = query.normalize('NFKC').toLowerCase()
  const cover = new Set<string>()
  for (const run of normalized.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? []) {
    const pairs = bigrams(run)
    pairs.forEach((pair, i) => {
      if (i % 2 === 0 || i === pairs.length - 1) cover.add(pair)
    })
  }
  const latin = tokens.filter((token) => !isCjk(token))
  return [...cover, ...latin].slice(0, MAX_QUERY_TOKENS * 2)
}

/**
 * The last of ascending `starts` at or before `value` (0 when none is): the shard whose range holds a term, the
 * record chunk that holds a document.
 */
function lastStartAtOrBefore<T extends string | number>(starts: readonly T[], value: T): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    const start = starts[middle]
    if (start !== undefined && start <= value) low = middle
    else high = middle - 1
  }
  return low
}

/** The first index in sorted `terms` not below `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0
  let high = terms.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((terms[middle] ?? '') < term) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether two words are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Adds one term's postings to the tally of query token number `token` (1-based). */
function addPostings(tally: Tally, token: number, shard: Shard, i: number, weight: number, exact: boolean): void {
  const { titleIdf, textIdf, postings } = readTerm(shard, i)
  const titleFactor = (TITLE_BOOST * titleIdf * weight) / WEIGHT_SCALE
  const textFactor = (textIdf * weight) / WEIGHT_SCALE
  let doc = 0
  for (let p = 0; p + 2 < postings.length; p += 3) {
    doc += postings[p] ?? 0
    if (doc >= tally.score.length) break
    const title = postings[p + 1] ?? 0
    tally.score[doc] = (tally.score[doc] ?? 0) + titleFactor * title + textFactor * (postings[p + 2] ?? 0)
    if (tally.seen[doc] !== token) {
      tally.seen[doc] = token
      tally.tokens[doc] = (tally.tokens[doc] ?? 0) + 1
    }
    if (exact && tally.seenExact[doc] !== token) {
      tally.seenExact[doc] = token
      tally.exact[doc] = (tally.exact[doc] ?? 0) + 1
    }
    if (exact && title > 0 && tally.seenTitle[doc] !== token) {
      tally.seenTitle[doc] = token
      tally.title[doc] = (tally.title[doc] ?? 0) + 1
    }
  }
}

/**
 * Adds the documents with query token number `token` (1-based) to the tally: as written, Latin words also as a prefix
 * (RpcInvokeContext finds RpcInvokeContextv6) and, from five letters on, with one typo (withinOneEdit).
 */
function matchToken(tally: Tally, token: number, text: string, shards: readonly Shard[]): void {
  const latin = !isCjk(text)
  const fuzzy = latin && text.length >= 5
  for (const shard of shards) {
    const { terms } = shard
    for (let i = lowerBound(terms, text); i < terms.length; i++) {
      const term = terms[i] ?? ''
      if (term === text) addPostings(tally, token, shard, i, 1, true)
      else if (latin && term.startsWith(text)) {
        addPostings(tally, token, shard, i, (PREFIX_WEIGHT * text.length) / (text.length + 0.3 * (term.length - text.length)), true)
      } else break
    }
    if (!fuzzy) continue
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] ?? ''
      if (term !== text && !term.startsWith(text) && withinOneEdit(term, text)) {
        addPostings(tally, token, shard, i, (FUZZY_WEIGHT * text.length) / (text.length + 1), false)
      }
    }
  }
}

/**
 * The `count` best candidates in order (score descending, then document number), picked without sorting them all:
 * a common word has thousands of candidates and a page shows ten.
 */
export function bestCandidates(candidates: readonly Candidate[], count: number): Candidate[] {
  const best: Candidate[] = []
  if (count <= 0) return best
  const before = (a: Candidate, b: Candidate): boolean => a.score > b.score || (a.score === b.score && a.doc < b.doc)
  for (const candidate of candidates) {
    const last = best.at(-1)
    if (best.length === count && last && !before(candidate, last)) continue
    if (best.length === count) best.pop()
    let at = best.length
    for (let previous = best[at - 1]; previous && before(candidate, previous); previous = best[at - 1]) at--
    best.splice(at, 0, candidate)
  }
  return best
}

/**
 * Runs a query's code once over a made-up shard, while the reader is still typing: a fresh page compiles each
 * function and regular expression on first use, and the Unicode classes of the tokenizer alone took 60-100 ms with
 * the CPU 4× slower, all of it on the first search.
 */
function warmUp(): void {
  const sample = '预热 warmup'
  const shard = parseShard([['warmup', '预热'], [[1, 1], [1, 1]], [[0, 1, 1], [0, 1, 1]]])
  const tally = createTally(1)
  matchTokens(sample).forEach((token, t) => matchToken(tally, t + 1, token, [shard]))
  bestCandidates([{ doc: 0, score: 1, title: true, exact: true }, { doc: 1, score: 2, title: false, exact: true }], 1)
  makeSnippet(sample, queryTerms(sample))
}

/** How much the query as written, found whole in the title or text, lifts a result (as before sharding). */
function phraseBoost(record: SearchRecord, phrase: string): number {
  return record.title.toLowerCase().includes(phrase) ? 4 : record.text.toLowerCase().includes(phrase) ? 2 : 1
}

/** Each file is downloaded once; a failed download is forgotten, so the next query tries it again. */
function once<T>(cache: Map<number, Promise<T>>, n: number, load: () => Promise<T>): Promise<T> {
  let file = cache.get(n)
  if (!file) {
    file = load()
    file.catch(() => cache.delete(n))
    cache.set(n, file)
  }
  return file
}

function normalizePhrase(query: string): string {
  return query.trim().normalize('NFKC').toLowerCase()
}

/**
 * Search over the sharded index of lib/search/format.ts. A query reads the entry once, then only the shards of its
 * own terms, and the record chunks of the results it shows; everything read is kept for the next query.
 *
 * Every query token must match (AND). Scores are BM25+ computed at build time, the title counting three times; a
 * result whose title, else text, contains the query as written ranks four, else two times higher.
 */
export function createSearchEngine(source: IndexSource) {
  let meta: Promise<SearchMeta> | undefined
  /** The entry once read: a query then asks for its shards at once, before the page re-renders for it. */
  let metaRead: SearchMeta | undefined
  const shards = new Map<number, Promise<Shard>>()
  const chunks = new Map<number, Promise<SearchRecord[]>>()
  const rankings = new Map<string, Promise<Candidate[]>>()

  const loadMeta = (): Promise<SearchMeta> => {
    meta ??= source.meta().then(parseMeta).then((value) => (metaRead = value))
    // A failed download is tried again on the next query, not remembered.
    meta.catch(() => (meta = undefined))
    return meta
  }

  const loadShard = (index: SearchMeta, n: number): Promise<Shard> => once(shards, n, () => source.file(index.hash, shardFile(n)).then(parseShard))
  const loadChunk = (index: SearchMeta, n: number): Promise<SearchRecord[]> =>
    once(chunks, n, () => source.file(index.hash, chunkFile(n)).then(parseChunk))

  /** The shards that hold a token: one for Chinese, for a Latin word those of its prefix expansion (at most two). */
  const loadShardsOf = (index: SearchMeta, token: string): Promise<Shard[]> => {
    const first = lastStartAtOrBefore(index.shards, token)
    const last = isCjk(token) ? first : Math.min(lastStartAtOrBefore(index.shards, `${token}\uffff`), first + MAX_PREFIX_SHARDS - 1)
    return Promise.all(Array.from({ length: last - first + 1 }, (_, i) => loadShard(index, first + i)))
  }

  /** Every document with all the query's tokens, in no particular order (`bestCandidates` orders a page). */
  const rank = async (query: string): Promise<Candidate[]> => {
    const tokens = matchTokens(query)
    if (tokens.length === 0) return []
    const index = metaRead ?? (await loadMeta())
    const perToken = await Promise.all(tokens.map((token) => loadShardsOf(index, token)))
    const tally = createTally(index.documents)
    tokens.forEach((token, t) => matchToken(tally, t + 1, token, perToken[t] ?? []))
    const candidates: Candidate[] = []
    for (let doc = 0; doc < index.documents; doc++) {
      if (tally.tokens[doc] !== tokens.length) continue
      const exact = tally.exact[doc] === tokens.length
      const title = tally.title[doc] === tokens.length
      // Until its text is read, a result is assumed to hold the phrase wherever all its parts were found as written.
      candidates.push({ doc, score: (tally.score[doc] ?? 0) * (exact ? (title ? 4 : 2) : 1), title, exact })
    }
    return candidates
  }

  /** A query's ranking, computed once: its next page, or the query submitted after it was typed, reuses it. */
  const rankingOf = (key: string): Promise<Candidate[]> => {
    let ranking = rankings.get(key)
    if (!ranking) {
      ranking = rank(key)
      ranking.catch(() => rankings.delete(key))
      rankings.set(key, ranking)
    }
    return ranking
  }

  /** The first document of each record chunk, computed once per index (a thousand issues make 800 chunks). */
  let chunkStarts: { of: SearchMeta; starts: number[] } | undefined
  const recordOf = async (index: SearchMeta, doc: number): Promise<SearchRecord> => {
    if (chunkStarts?.of !== index) {
      let start = 0
      chunkStarts = { of: index, starts: index.chunks.map((size) => (start += size) - size) }
    }
    const n = lastStartAtOrBefore(chunkStarts.starts, doc)
    const record = n < index.chunks.length ? (await loadChunk(index, n))[doc - (chunkStarts.starts[n] ?? 0)] : undefined
    if (record) return record
    throw new Error(`search index: no record for document ${doc}`)
  }

  return {
    /** Reads the entry ahead of the first query, so that query waits only for its own shards and chunks. */
    async prepare(): Promise<void> {
      await loadMeta()
      warmUp()
    },

    /**
     * Downloads what a query being typed needs, so that submitting it finds it read: its shards, and with `records`,
     * the record chunks of its first `records` results. A word typed so far is a prefix of the word submitted, and
     * the shards of a prefix's expansion hold the word's own (Chinese: the bigrams typed so far are among the
     * query's), so no shard read here is wasted unless the reader deletes and types anew; records are, when the
     * reader types on (a page calls this once typing pauses, not for every key).
     */
    async prefetch(query: string, { records = 0 }: { records?: number } = {}): Promise<void> {
      const key = normalizePhrase(query)
      const tokens = matchTokens(key)
      if (tokens.length === 0) return
      const index = metaRead ?? (await loadMeta())
      await Promise.all(tokens.map((token) => loadShardsOf(index, token)))
      if (records <= 0) return
      const candidates = await rankingOf(key)
      await Promise.all(bestCandidates(candidates, records).map(({ doc }) => recordOf(index, doc)))
    },

    /**
     * One page of results: `offset` and `limit` count results; the page's own order corrects the provisional phrase
     * boost with the text read for it.
     */
    async search(query: string, { offset = 0, limit = PAGE_SIZE }: { offset?: number; limit?: number } = {}): Promise<SearchPage> {
      const key = normalizePhrase(query)
      if (!key) return { total: 0, hits: [] }
      const candidates = await rankingOf(key)
      const index = await loadMeta()
      const page = bestCandidates(candidates, offset + limit).slice(offset)
      const terms = queryTerms(key)
      const hits = await Promise.all(
        page.map(async ({ doc, score, exact, title }): Promise<SearchHit> => {
          const record = await recordOf(index, doc)
          const provisional = exact ? (title ? 4 : 2) : 1
          return { ...record, id: record.url, score: (score / provisional) * phraseBoost(record, key), snippet: makeSnippet(record.text, terms) }
        }),
      )
      return { total: candidates.length, hits: hits.toSorted((a, b) => b.score - a.score) }
    },
  }
}

export type SearchEngine = ReturnType<typeof createSearchEngine>

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
