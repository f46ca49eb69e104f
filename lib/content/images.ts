import fs from 'node:fs'
import path from 'node:path'

import { imageSize } from 'image-size'
import type { Nodes } from 'mdast'

import {
  contentHash,
  describeNonImage,
  detectImageType,
  formatBytes,
  hasOptimisedSizes,
  IMAGE_TYPE_LIST,
  IMAGE_TYPES,
  IMAGES_FOLDER,
  IMAGES_PATH,
  MAX_IMAGE_BYTES,
  optimisedSizePath,
  optimisedWidths,
  SIZES_FOLDER,
  type ImageType,
} from '@/lib/images/policy'
import { isSiteRelative } from '@/lib/url-policy'

import type { Issue } from './issue'
import type { Point, ProblemList } from './problems'

/**
 * Images this site serves itself, from `public/images/` (`/images/…` in content): what the checks say about a
 * reference to one, and what the pages need to show it (its real size and its optimised sizes).
 *
 * A reference comes from a content file, that is from a stranger's pull request: it names a file only by plain names
 * inside public/images, and nothing on the way is followed if it is a symbolic link, so no reference makes the build
 * read anything outside that folder.
 */

export interface LocalImage {
  /** The site path as content wrote it, without query or fragment: `/images/2022-05-27-cover.png`. */
  src: string
  type: ImageType
  bytes: number
  /** The size a browser shows it at (EXIF orientation applied). */
  width: number
  height: number
  /** The optimised WebP sizes `npm run images:mirror` made, narrowest first; empty when there are none. */
  sizes: { width: number; src: string }[]
  /** True when this type gets optimised sizes and some are missing: `npm run images:mirror` makes them. */
  sizesMissing: boolean
}

export type LocalImageResult =
  | { image: LocalImage; problem?: undefined }
  | { image?: undefined; problem: string }

/** Above this, a file in public/images is not read at all: no image of a newsletter is anywhere near it. */
const MAX_READ_BYTES = 64 * 1024 * 1024

const MISSING = 'does not exist in public/images; add the file there, or correct the path'

/** One plain file or folder name: no `.` or `..`, no separators, nothing hidden, nothing a static host encodes. */
const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/

/** The site's public folder, which Next.js serves at `/`: `public/` of the project being built. */
export function getPublicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'public')
}

/** Whether a URL names something in the images folder of this site (`/images/…`), however it is written. */
export function isLocalImageUrl(url: string): boolean {
  if (url.startsWith(IMAGES_PATH)) return true
  if (!isSiteRelative(url)) return false
  try {
    return new URL(url, 'https://site.invalid').pathname.startsWith(IMAGES_PATH)
  } catch {
    return false
  }
}

/**
 * The file names a reference to the images folder leads to, or why it leads nowhere safe. The path must be written
 * as the browser requests it: no `.` or `..` segments (written or percent-encoded), no encoded slashes, no
 * backslashes, only plain names.
 */
function imagePathSegments(url: string): string[] | string {
  const written = url.split(/[?#]/, 1)[0] ?? ''
  const unsafe = `must name a file inside public/images by plain names (letters, digits, "-", "_", "."), without "..", encoded characters or backslashes`
  if (/[\\\s]/.test(written)) return unsafe
  let resolved: string
  try {
    resolved = new URL(written, 'https://site.invalid').pathname
  } catch {
    return unsafe
  }
  // A dot segment (`..`, `%2e%2e`) or `//` is resolved away by the browser: it would request another path.
  if (resolved !== written || !written.startsWith(IMAGES_PATH)) return unsafe
  const segments = written.slice(IMAGES_PATH.length).split('/')
  for (const segment of segments) {
    let name: string
    try {
      name = decodeURIComponent(segment)
    } catch {
      return unsafe
    }
    if (name !== segment || !PLAIN_NAME.test(name)) return unsafe
  }
  return segments
}

/** What was read of each file, by its inode, size and modification time. */
const readCache = new Map<string, { key: string; result: ImageFacts | { problem: string } }>()

/**
 * What a site path under `/images/` is: the image with its size, or a problem. `publicDir` is the folder served at
 * the site's root. Results are kept per file while its size and modification time stay the same, so a build reads
 * each image once however many pages show it.
 */
export function resolveLocalImage(url: string, publicDir: string = getPublicDir()): LocalImageResult {
  const segments = imagePathSegments(url)
  if (typeof segments === 'string') return { problem: segments }
  const src = `${IMAGES_PATH}${segments.join('/')}`

  // Every folder on the way, public/ included, is looked at itself (lstat): a symbolic link is never followed.
  const folders = [publicDir, path.join(publicDir, IMAGES_FOLDER)]
  for (const name of segments.slice(0, -1)) folders.push(path.join(folders[folders.length - 1] ?? publicDir, name))
  for (const folder of folders) {
    const stat = lstat(folder)
    if (!stat) return { problem: MISSING }
    if (stat.isSymbolicLink()) return { problem: `leads through ${displayName(publicDir, folder)}, which is a symbolic link; images are read only from real folders` }
    if (!stat.isDirectory()) return { problem: `leads through ${displayName(publicDir, folder)}, which is not a folder` }
  }
  const file = path.join(folders[folders.length - 1] ?? publicDir, segments[segments.length - 1] ?? '')
  const stat = lstat(file)
  if (!stat) return { problem: MISSING }
  if (stat.isSymbolicLink()) return { problem: 'is a symbolic link; put the image itself in public/images' }
  if (!stat.isFile()) return { problem: 'is not a file' }

  const key = `${stat.ino}:${stat.size}:${stat.mtimeMs}`
  let read = readCache.get(file)
  if (read?.key !== key) {
    read = { key, result: readImage(file) }
    readCache.set(file, read)
  }
  if ('problem' in read.result) return { problem: read.result.problem }
  const { hash, ...facts } = read.result
  // Looked for on every call (a few lstat calls): `npm run images:mirror` may have made them since the image was read.
  let sizes: LocalImage['sizes'] = []
  let sizesMissing = false
  if (hasOptimisedSizes(facts.type)) {
    const expected = optimisedWidths(facts.width).map((width) => ({ width, src: optimisedSizePath(hash, width) }))
    const sizesDir = path.join(publicDir, IMAGES_FOLDER, SIZES_FOLDER)
    sizesMissing = lstat(sizesDir)?.isDirectory() !== true || expected.some((size) => lstat(path.join(sizesDir, path.basename(size.src)))?.isFile() !== true)
    sizes = sizesMissing ? [] : expected
  }
  return { image: { src, ...facts, sizes, sizesMissing } }
}

/** The file a resolved site path names: `/images/a/b.png` is `<publicDir>/images/a/b.png`. */
export function localImageFile(src: string, publicDir: string = getPublicDir()): string {
  return path.join(publicDir, ...src.split('/').filter(Boolean))
}

type ImageFacts = Pick<LocalImage, 'type' | 'bytes' | 'width' | 'height'> & { hash: string }

function readImage(file: string): ImageFacts | { problem: string } {
  let fd: number
  try {
    // O_NOFOLLOW: a link swapped in after the lstat above is refused, not followed.
    fd = fs.openSync(/*turbopackIgnore: true*/ file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { problem: code === 'ELOOP' ? 'is a symbolic link; put the image itself in public/images' : `cannot be read (${code ?? 'error'})` }
  }
  let bytes: Buffer
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) return { problem: 'is not a file' }
    if (stat.size > MAX_READ_BYTES) return { problem: `is ${formatBytes(stat.size)}, far too large for an image of this site (at most ${formatBytes(MAX_IMAGE_BYTES)})` }
    bytes = fs.readFileSync(fd)
  } finally {
    fs.closeSync(fd)
  }

  const type = detectImageType(bytes)
  if (!type) return { problem: `is not a ${IMAGE_TYPE_LIST} image (it is ${describeNonImage(bytes)})` }
  const damaged = { problem: `is a damaged ${IMAGE_TYPES[type].label} image: its size cannot be read` }
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(bytes)
  } catch {
    return damaged
  }
  if (!size.width || !size.height) return damaged
  // EXIF orientations 5 to 8 turn the picture a quarter: the browser shows it with width and height swapped.
  const turned = (size.orientation ?? 1) >= 5
  return {
    type,
    bytes: bytes.length,
    width: turned ? size.height : size.width,
    height: turned ? size.width : size.height,
    hash: contentHash(bytes),
  }
}

function lstat(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(/*turbopackIgnore: true*/ file)
  } catch {
    return undefined
  }
}

function displayName(publicDir: string, file: string): string {
  return `public/${path.relative(publicDir, file).split(path.sep).join('/')}`
}

/**
 * The content check for a URL that names this site's images folder (any other URL passes untouched): the file must
 * exist there, be a real image of an allowed type, and should be small and come with its optimised sizes.
 */
export function checkImageReference(problems: ProblemList, at: Point | undefined, url: string, what: string): void {
  if (!isLocalImageUrl(url)) return
  const { image, problem } = resolveLocalImage(url)
  if (!image) {
    problems.error(at, `${what} "${url}" ${problem}`)
    return
  }
  if (image.bytes > MAX_IMAGE_BYTES) {
    problems.warn(at, `${what} "${url}" is ${formatBytes(image.bytes)}; images may be at most ${formatBytes(MAX_IMAGE_BYTES)}: make it smaller (fewer pixels, or JPEG for photos)`)
  }
  if (image.sizesMissing) {
    problems.warn(at, `${what} "${url}" has no optimised sizes yet; run npm run images:mirror to make them`)
  }
}

/** The image of this site a URL names, with its real size and optimised sizes; undefined for any other URL. */
export function getLocalImage(url: string): LocalImage | undefined {
  return isLocalImageUrl(url) ? resolveLocalImage(url).image : undefined
}

/** The width of the issue column in CSS pixels (max-w-4xl less its padding), which images are laid out in. */
export const COLUMN_WIDTH = 864

/** How images are laid out: `fill` ones (cover, banner) span the column, Markdown images keep their width up to it. */
export type ImageLayout = 'fill' | 'natural'

/** The box a remote image is shown in, its size being unknown before it loads. */
export const REMOTE_IMAGE_BOX = {
  cover: { width: 1200, height: 500 },
  banner: { width: 1080, height: 540 },
  markdown: { width: 384, height: 216 },
} as const

/** The area an image takes on the page, in CSS pixels. */
function displayedArea(url: string, layout: ImageLayout, box: { width: number; height: number }): number {
  const { width, height } = getLocalImage(url) ?? box
  const shown = layout === 'fill' ? COLUMN_WIDTH : Math.min(width, COLUMN_WIDTH)
  return (shown * shown * height) / width
}

/**
 * The largest image in an issue's body (the banners and Markdown images, answers' included), which its page loads at
 * once and first; the first of equals. The others load lazily, when the reader scrolls near them.
 */
export function getLargestImage(issue: Pick<Issue, 'tree' | 'contributors'>): string | undefined {
  const candidates: { src: string; area: number }[] = issue.contributors.flatMap(({ banner }) =>
    banner ? [{ src: banner.src, area: displayedArea(banner.src, 'fill', banner.width && banner.height ? { width: banner.width, height: banner.height } : REMOTE_IMAGE_BOX.banner) }] : [],
  )
  const visit = (node: Nodes): void => {
    if (node.type === 'image') candidates.push({ src: node.url, area: displayedArea(node.url, 'natural', REMOTE_IMAGE_BOX.markdown) })
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(issue.tree)
  return candidates.reduce<{ src: string; area: number } | undefined>((largest, c) => (!largest || c.area > largest.area ? c : largest), undefined)?.src
}
