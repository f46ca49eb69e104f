/**
 * Runs in the benchmark's Chromium page (bundled by bench/search.ts): times each query with a fresh engine (nothing
 * read yet, as a first search) and again with the same engine (its files already read), over index files held in
 * memory.
 */
import { createSearchEngine } from '../lib/search/engine'

export interface QueryTiming {
  query: string
  total: number
  /** The files the first search read, the entry excluded. */
  files: string[]
  cold: number[]
  warm: number[]
}

export async function timeQueries(meta: string, files: Record<string, string>, queries: readonly string[], runs: number): Promise<QueryTiming[]> {
  const timings: QueryTiming[] = []
  for (const query of queries) {
    const timing: QueryTiming = { query, total: 0, files: [], cold: [], warm: [] }
    for (let run = 0; run < runs; run++) {
      const read: string[] = []
      const engine = createSearchEngine({
        meta: async () => JSON.parse(meta),
        file: async (_hash, name) => {
          read.push(name)
          return JSON.parse(files[name] ?? 'null')
        },
      })
      let start = performance.now()
      timing.total = (await engine.search(query)).total
      timing.cold.push(performance.now() - start)
      start = performance.now()
      await engine.search(`${query} `)
      timing.warm.push(performance.now() - start)
      timing.files = read
    }
    timings.push(timing)
  }
  return timings
}
