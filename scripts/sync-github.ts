/**
 * Reads the GitHub state of every issue and pull request the content links to, into content/github.json.
 *
 *   npm run sync:github                          # GITHUB_TOKEN when set; without it, 60 requests an hour
 *   npm run sync:github -- --concurrency 2 --max-wait 600
 *
 * CONTENT_DIR, GITHUB_TOKEN and GITHUB_API_URL (the REST API's base URL: a proxy, or the tests' fake GitHub) are
 * honoured. SYNC_MS_PER_SECOND shortens every wait (retries, rate limits) for tests.
 * Exits 0 when it wrote the snapshot (even if some links could not be read, which keep their last known state),
 * 1 when the content has errors or nothing at all could be read (the file is then left as it was), 2 on bad usage.
 */
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import { getContentDir } from '@/lib/content/load'
import { ContentError, formatProblem } from '@/lib/content/problems'
import { DEFAULT_API_URL } from '@/lib/github/client'
import { formatSyncSummary, syncGitHub } from '@/lib/github/sync'

const USAGE = 'usage: npm run sync:github [-- --concurrency N --max-wait SECONDS --quiet]'

export async function main(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { concurrency?: string; 'max-wait'?: string; quiet?: boolean }
  try {
    values = parseArgs({
      args: [...args],
      options: { concurrency: { type: 'string' }, 'max-wait': { type: 'string' }, quiet: { type: 'boolean' } },
    }).values
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
  const concurrency = positive(values.concurrency ?? '4')
  const maxWaitSeconds = positive(values['max-wait'] ?? '120', true)
  const msPerSecond = positive(env.SYNC_MS_PER_SECOND ?? '1000', true)
  if (concurrency === undefined || maxWaitSeconds === undefined || msPerSecond === undefined) {
    console.error(`--concurrency, --max-wait and SYNC_MS_PER_SECOND take numbers\n${USAGE}`)
    return 2
  }
  const apiUrl = env.GITHUB_API_URL || DEFAULT_API_URL
  if (!/^https?:\/\//.test(apiUrl)) {
    console.error(`GITHUB_API_URL is "${apiUrl}"; expected an http(s) URL such as ${DEFAULT_API_URL}`)
    return 2
  }

  try {
    const result = await syncGitHub({
      contentDir: getContentDir(),
      token: env.GITHUB_TOKEN || undefined,
      apiUrl,
      concurrency,
      maxWaitSeconds,
      msPerSecond,
      log: values.quiet ? undefined : (line) => console.error(line),
    })
    for (const line of formatSyncSummary(result)) console.log(line)
    return result.written || result.targets === 0 ? 0 : 1
  } catch (error) {
    if (error instanceof ContentError) {
      for (const problem of error.problems) console.error(formatProblem(problem))
      console.error('the content has errors (npm run validate); nothing was read or written')
      return 1
    }
    throw error
  }
}

function positive(text: string, allowFraction = false): number | undefined {
  const value = Number(text)
  return Number.isFinite(value) && value > 0 && (allowFraction || Number.isInteger(value)) ? value : undefined
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2))
}
