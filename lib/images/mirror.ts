import fs from 'node:fs'

import { isLocalImageUrl, localImageFile, resolveLocalImage } from '@/lib/content/images'
import { formatProblem, type ContentProblem } from '@/lib/content/problems'

import { downloadImage, isAllowedHost, type DownloadOptions } from './download'
import { inspectImage, storeImage, writeFileAtomic, writeOptimisedSizes, type StoredImage } from './files'
import { formatBytes, MAX_IMAGE_BYTES } from './policy'
import { findImageReferences, rewriteReferences, type ImageReference, type Replacement } from './references'

/**
 * `npm run images:mirror`: every image content shows from another host is downloaded into `public/images/`, checked,
 * stored under a content-hashed name with its optimised sizes, and the references to it are rewritten. A reference
 * whose image could not be mirrored keeps its URL and becomes a warning at its line. Images already in
 * `public/images/` get the optimised sizes they lack. A second run finds nothing left to do and changes nothing.
 */

/** The hosts SOFA Weekly's archive takes its images from. */
export const DEFAULT_IMAGE_HOSTS = ['gw.alipayobjects.com', 'mdn.alipayobjects.com', 'cdn.nlark.com', 'p3-juejin.byteimg.com', 'mmbiz.qpic.cn']

export const DEFAULT_TIMEOUT_MS = 20_000

export interface MirrorOptions extends Partial<DownloadOptions> {
  /** Issue files to mirror the images of. */
  files: readonly string[]
  /** The site's public folder; images go to its `images/`. */
  publicDir: string
  /** Check and report only: download and write nothing. */
  dryRun?: boolean
  /** Downloads at the same time. */
  concurrency?: number
  /** How a file is named in messages (relative to the repository). */
  display?: (file: string) => string
}

export interface MirroredImage extends Omit<StoredImage, 'written'> {
  url: string
}

export interface MirrorReport {
  /** Every image reference in the files, by kind of place. */
  references: ImageReference[]
  /** References to other hosts, by host. */
  externalByHost: Map<string, number>
  /** The images downloaded (or found already downloaded), one per distinct URL. */
  images: MirroredImage[]
  /** References now pointing at `/images/…`. */
  rewritten: number
  /** Issue files changed. */
  filesChanged: string[]
  /** Files written into the public folder. */
  written: string[]
  warnings: ContentProblem[]
}

export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

export async function mirrorImages(options: MirrorOptions): Promise<MirrorReport> {
  const {
    files,
    publicDir,
    dryRun = false,
    concurrency = 4,
    display = (file: string) => file,
    allowHosts = DEFAULT_IMAGE_HOSTS,
    maxBytes = MAX_IMAGE_BYTES,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxRedirects,
  } = options
  const report: MirrorReport = { references: [], externalByHost: new Map(), images: [], rewritten: 0, filesChanged: [], written: [], warnings: [] }
  const warn = (file: string, at: { line: number; column: number }, message: string): void => {
    report.warnings.push({ file: display(file), line: at.line, column: at.column, message, severity: 'warning' })
  }

  const sources = new Map<string, { text: string; mode: number; references: ImageReference[] }>()
  for (const file of files) {
    const stat = fs.lstatSync(file, { throwIfNoEntry: false })
    if (!stat?.isFile()) {
      warn(file, { line: 1, column: 1 }, `${stat ? 'is not a regular file (a symbolic link?)' : 'does not exist'}; its images were not mirrored`)
      continue
    }
    const text = fs.readFileSync(file, 'utf8')
    const { references, problem } = findImageReferences(text)
    if (problem) warn(file, { line: 1, column: 1 }, `${problem}, so its images were not mirrored; npm run validate says what to fix`)
    sources.set(file, { text, mode: stat.mode & 0o777, references })
    report.references.push(...references)
  }

  // Each distinct URL is downloaded once, however many references it has.
  const urls = new Set<string>()
  for (const reference of report.references) {
    if (!isExternalUrl(reference.url)) continue
    urls.add(reference.url)
    const host = new URL(reference.url).host
    report.externalByHost.set(host, (report.externalByHost.get(host) ?? 0) + 1)
  }
  const outcomes = new Map<string, MirroredImage | { problem: string }>()
  const mirrorOne = async (url: string): Promise<void> => {
    if (dryRun) {
      outcomes.set(url, { problem: isAllowedHost(new URL(url), allowHosts) ? 'dry run: not downloaded' : `host ${new URL(url).host} is not on the allow-list (--allow-host)` })
      return
    }
    const download = await downloadImage(url, { allowHosts, maxBytes, timeoutMs, maxRedirects })
    if (!download.ok) {
      outcomes.set(url, { problem: download.reason })
      return
    }
    const inspected = await inspectImage(download.bytes)
    if ('problem' in inspected) {
      outcomes.set(url, { problem: inspected.problem })
      return
    }
    const { written, ...stored } = await storeImage(download.bytes, inspected, publicDir)
    report.written.push(...written)
    const image = { url, ...stored }
    report.images.push(image)
    outcomes.set(url, image)
  }
  await inParallel([...urls], concurrency, mirrorOne)

  for (const [file, { text, mode, references }] of sources) {
    const replacements = new Map<ImageReference, Replacement>()
    for (const reference of references) {
      if (isLocalImageUrl(reference.url)) {
        if (!dryRun) await completeLocalImage(reference.url, publicDir, report)
        continue
      }
      const outcome = outcomes.get(reference.url)
      if (!outcome) continue
      if ('problem' in outcome) {
        if (!dryRun) warn(file, reference, `${reference.what} "${reference.url}" was not mirrored: ${outcome.problem}; the reference is unchanged`)
        continue
      }
      replacements.set(reference, { url: outcome.src, width: outcome.width, height: outcome.height })
    }
    if (replacements.size === 0) continue
    const rewritten = rewriteReferences(text, replacements)
    if (rewritten === text) continue
    writeFileAtomic(file, rewritten, mode)
    report.rewritten += replacements.size
    report.filesChanged.push(file)
  }
  return report
}

/** Makes the optimised sizes an image already in public/images lacks. Problems with it are for `npm run validate`. */
async function completeLocalImage(url: string, publicDir: string, report: MirrorReport): Promise<void> {
  const { image } = resolveLocalImage(url, publicDir)
  if (!image?.sizesMissing) return
  const bytes = fs.readFileSync(localImageFile(image.src, publicDir))
  const inspected = await inspectImage(bytes)
  if ('problem' in inspected) return
  report.written.push(...(await writeOptimisedSizes(bytes, inspected, publicDir)))
}

/** Runs `task` on every item, at most `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  // One iterator shared by the workers: each takes the next item when it is free.
  const queue = items.values()
  const worker = async (): Promise<void> => {
    for (const item of queue) await task(item)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** The report as printed: the warnings at their lines, then what was found and done. */
export function formatMirrorReport(report: MirrorReport, { dryRun = false, allowHosts = DEFAULT_IMAGE_HOSTS }: Pick<MirrorOptions, 'dryRun' | 'allowHosts'>): string[] {
  const lines = report.warnings.map(formatProblem)
  const external = [...report.externalByHost.values()].reduce((sum, n) => sum + n, 0)
  lines.push(`${plural(report.references.length, 'image reference')}, ${external} to other hosts${external ? ':' : ''}`)
  for (const [host, count] of [...report.externalByHost].toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const allowed = isAllowedHost(new URL(`https://${host}`), allowHosts)
    lines.push(`  ${host}  ${count}${allowed ? '' : '  (not on the allow-list)'}`)
  }
  if (dryRun) {
    lines.push('Dry run: nothing downloaded or written.')
    return lines
  }
  for (const image of report.images) {
    lines.push(`  ${image.src}  ${image.width}×${image.height}  ${image.type.toUpperCase()}  ${formatBytes(image.bytes)}  ← ${image.url}`)
  }
  lines.push(
    `${plural(report.images.length, 'image')} mirrored, ${plural(report.rewritten, 'reference')} rewritten in ${plural(report.filesChanged.length, 'file')}, ` +
      `${plural(report.written.length, 'file')} written to public/images, ${plural(report.warnings.length, 'warning')}`,
  )
  return lines
}
