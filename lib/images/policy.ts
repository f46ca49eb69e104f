import { createHash } from 'node:crypto'

/**
 * What an image of this site is: the types it may have, how large it may be, where it lives and the names of the
 * optimised sizes made of it. Shared by the content checks and the build (lib/content/images.ts), which only read,
 * and `npm run images:mirror` (lib/images/mirror.ts), which writes. No dependencies: the build imports it.
 */

/** Bitmap types every browser shows. SVG is left out on purpose: opened on its own it can run script on this site. */
export const IMAGE_TYPES = {
  png: { label: 'PNG', extension: 'png', mime: 'image/png' },
  jpeg: { label: 'JPEG', extension: 'jpg', mime: 'image/jpeg' },
  gif: { label: 'GIF', extension: 'gif', mime: 'image/gif' },
  webp: { label: 'WebP', extension: 'webp', mime: 'image/webp' },
  avif: { label: 'AVIF', extension: 'avif', mime: 'image/avif' },
} as const

export type ImageType = keyof typeof IMAGE_TYPES

export const IMAGE_TYPE_LIST = 'PNG, JPEG, GIF, WebP or AVIF'

/** The largest image the mirror downloads, and above which the checks warn. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024

/** Decoding more pixels than this could exhaust memory (a small file can declare 50 000 × 50 000 pixels). */
export const MAX_IMAGE_PIXELS = 40_000_000

/** Site path of the images folder, `public/images/` in the repository. */
export const IMAGES_PATH = '/images/'
export const IMAGES_FOLDER = 'images'
/** Folder inside `public/images/` holding the optimised sizes. */
export const SIZES_FOLDER = 'sizes'

/** The type of an image, read from its first bytes (never from a file name or a server's Content-Type). */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
  const ascii = (start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end))
  if (bytes.length >= 8 && ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif'
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp'
  if (bytes.length >= 16 && ascii(4, 8) === 'ftyp') {
    // An ISO media file: AVIF when its major brand or one of its compatible brands says so.
    const boxSize = Math.min(((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0), bytes.length)
    for (let offset = 8; offset + 4 <= boxSize; offset += offset === 8 ? 8 : 4) {
      const brand = ascii(offset, offset + 4)
      if (brand === 'avif' || brand === 'avis') return 'avif'
    }
  }
  return undefined
}

/** What a file that is not an allowed image starts with, for the message: "an HTML page", "an SVG image", … */
export function describeNonImage(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase()
  if (bytes.length === 0) return 'empty'
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|meta|title)\b/.test(head)) return 'an HTML page'
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'an SVG image, which can run script'
  if (head.startsWith('{') || head.startsWith('[')) return 'JSON'
  if (head.startsWith('<')) return 'an XML or HTML document'
  if (bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d) return 'a BMP image'
  if (bytes.length >= 4 && ((bytes[0] === 0x49 && bytes[1] === 0x49) || (bytes[0] === 0x4d && bytes[1] === 0x4d)) && (bytes[2] === 0x2a || bytes[3] === 0x2a)) {
    return 'a TIFF image'
  }
  return 'not a known image format'
}

/** The name part of a mirrored image: the first 16 hex digits of its SHA-256, so equal images share one file. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16)
}

/** Only these get optimised sizes: GIFs are usually animations, and WebP and AVIF are already compact. */
export function hasOptimisedSizes(type: ImageType): boolean {
  return type === 'png' || type === 'jpeg'
}

/** Widths of the optimised sizes: a phone, the column at 1×, the column at 2×. */
const SIZE_WIDTHS = [480, 960, 1600]
const LARGEST_SIZE = Math.max(...SIZE_WIDTHS)

/**
 * The widths the optimised sizes of an image `width` pixels wide have, narrowest first: each standard width well below
 * it (a size within 20% of the original would save little), and the original width itself up to the largest size.
 */
export function optimisedWidths(width: number): number[] {
  const top = Math.min(width, LARGEST_SIZE)
  return [...SIZE_WIDTHS.filter((size) => size <= width * 0.8 && size < top), top]
}

/** Site path of one optimised size: `/images/sizes/<hash>-<width>.webp`. */
export function optimisedSizePath(hash: string, width: number): string {
  return `${IMAGES_PATH}${SIZES_FOLDER}/${hash}-${width}.webp`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
