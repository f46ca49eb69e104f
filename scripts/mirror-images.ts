/**
 * Mirrors the images content shows from other hosts into public/images/ and points the content at them.
 * Usage: npm run images:mirror -- [files or folders…] [--allow-host <host>]… [--max-bytes <n>] [--timeout <s>]
 *                                 [--public <dir>] [--dry-run]
 * The logic is in lib/images; this file reads the command line and prints the report.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import { displayPath, getContentDir } from '@/lib/content/load'
import { DEFAULT_IMAGE_HOSTS, DEFAULT_TIMEOUT_MS, formatMirrorReport, mirrorImages, type MirrorOptions } from '@/lib/images/mirror'
import { formatBytes, MAX_IMAGE_BYTES } from '@/lib/images/policy'

const USAGE = `Usage: npm run images:mirror -- [files or folders…] [options]

Downloads every image the issues show from another host (covers, banners, Markdown images) into public/images/,
under a name made of its content, with optimised WebP sizes, and points the issues at it. An image that cannot be
mirrored is a warning at its line, and its reference is left as it was. Images already in public/images/ get the
optimised sizes they lack. Running it again changes nothing.

Files and folders default to the weekly/ folder of CONTENT_DIR (or content/weekly).

Options:
  --allow-host <host>  a host images may be downloaded from; repeat for more, "*.example.org" for subdomains
                       (default: ${DEFAULT_IMAGE_HOSTS.join(', ')})
  --max-bytes <n>      the largest image to download (default: ${MAX_IMAGE_BYTES}, ${formatBytes(MAX_IMAGE_BYTES)})
  --timeout <s>        seconds one image may take, redirects included (default: ${DEFAULT_TIMEOUT_MS / 1000})
  --public <dir>       the site's public folder (default: public)
  --dry-run            list the images by host, download and write nothing
  -h, --help           this text`

export class UsageError extends Error {}

/** The .mdx issue files named on the command line; folders contribute theirs, in name order. */
function collectFiles(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    const stat = fs.statSync(input, { throwIfNoEntry: false })
    if (!stat) throw new UsageError(`${input} does not exist`)
    if (!stat.isDirectory()) return [path.resolve(input)]
    return fs
      .readdirSync(input)
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('.'))
      .toSorted()
      .map((name) => path.resolve(input, name))
  })
}

function positiveNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new UsageError(`${option} "${value}" is not a positive number`)
  return number
}

/** The mirror's options from the command line, or a UsageError. */
export function parseMirrorArgs(args: readonly string[]): { options: MirrorOptions; help: boolean } {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'allow-host': { type: 'string', multiple: true },
        'max-bytes': { type: 'string' },
        timeout: { type: 'string' },
        public: { type: 'string', default: 'public' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const timeout = positiveNumber(values.timeout, '--timeout')
  const inputs = positionals.length ? positionals : [path.join(getContentDir(), 'weekly')]
  return {
    help: values.help,
    options: {
      files: values.help ? [] : collectFiles(inputs),
      publicDir: path.resolve(values.public),
      allowHosts: values['allow-host'] ?? DEFAULT_IMAGE_HOSTS,
      maxBytes: positiveNumber(values['max-bytes'], '--max-bytes'),
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      dryRun: values['dry-run'],
      display: displayPath,
    },
  }
}

async function main(): Promise<void> {
  let parsed
  try {
    parsed = parseMirrorArgs(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`images:mirror: ${error.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (parsed.help) {
    console.log(USAGE)
    return
  }
  const report = await mirrorImages(parsed.options)
  for (const line of formatMirrorReport(report, parsed.options)) console.log(line)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
