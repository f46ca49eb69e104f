import fs from 'node:fs'

import { expect, test } from '@playwright/test'

interface RouteBundle {
  route: string
  firstLoadUncompressedJsBytes: number
  firstLoadChunkPaths: string[]
}

/** Written by `next build`; Next 16 no longer prints First Load JS. */
const stats: RouteBundle[] = JSON.parse(fs.readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8'))
const chunksOf = (route: string) => new Set(stats.find((s) => s.route === route)?.firstLoadChunkPaths)

// The 404 page is the framework's shared runtime and nothing of ours: the baseline every reading page must keep.
const baseline = chunksOf('/_not-found')

for (const route of ['/', '/weekly', '/weekly/[slug]']) {
  test(`${route} ships no client JavaScript beyond the framework runtime`, () => {
    expect(baseline.size).toBeGreaterThan(0)
    expect([...chunksOf(route)].filter((chunk) => !baseline.has(chunk))).toEqual([])
  })
}
