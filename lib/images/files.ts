import fs from 'node:fs'
import path from 'node:path'

import sharp, { type Metadata } from 'sharp'

import {
  contentHash,
  describeNonImage,
  detectImageType,
  hasOptimisedSizes,
  IMAGE_TYPE_LIST,
  IMAGE_TYPES,
  IMAGES_FOLDER,
  IMAGES_PATH,
  MAX_IMAGE_PIXELS,
  optimisedSizePath,
  optimisedWidths,
  SIZES_FOLDER,
  type ImageType,
} from './policy'

/**
 * The mirror's writes into `public/images/`: checking that bytes are an image (sharp reads them), storing it under a
 * content-hashed name, making its optimised sizes. Every file is written whole or not at all (a temporary file
 * renamed into place), so an interrupted run never leaves half an image or half an issue.
 */

export interface InspectedImage {
  type: ImageType
  /** As a browser shows it (EXIF orientation applied). */
  width: number
  height: number
  animated: boolean
}

/** What the bytes are, or why they are not an image this site takes. Never trusts what a server said it sent. */
export async function inspectImage(bytes: Buffer): Promise<InspectedImage | { problem: string }> {
  const type = detectImageType(bytes)
  if (!type) return { problem: `is not a ${IMAGE_TYPE_LIST} image (it is ${describeNonImage(bytes)})` }
  let metadata: Metadata
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch (error) {
    return { problem: `is a damaged ${IMAGE_TYPES[type].label} image (${error instanceof Error ? error.message : String(error)})` }
  }
  const format = metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : metadata.format
  if (format !== type) return { problem: `starts like a ${IMAGE_TYPES[type].label} image but is not one` }
  const { width, height } = metadata.autoOrient ?? metadata
  if (!width || !height) return { problem: 'has no size' }
  if (width * height > MAX_IMAGE_PIXELS) {
    return { problem: `is ${width} × ${height} pixels, more than the ${MAX_IMAGE_PIXELS / 1_000_000} million this site decodes` }
  }
  return { type, width, height, animated: (metadata.pages ?? 1) > 1 }
}

/** Writes `data` to `file` through a temporary file in the same folder, renamed into place; keeps `mode`. */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`)
  try {
    fs.writeFileSync(temporary, data, { flag: 'wx', mode: mode ?? 0o644 })
    if (mode !== undefined) fs.chmodSync(temporary, mode)
    fs.renameSync(temporary, file)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}

/** `public/images/` (and its `sizes/`), created when missing; refused if either is anything but a real folder. */
export function imagesFolder(publicDir: string): string {
  const dir = path.join(publicDir, IMAGES_FOLDER)
  for (const folder of [publicDir, dir, path.join(dir, SIZES_FOLDER)]) {
    fs.mkdirSync(folder, { recursive: true })
    if (!fs.lstatSync(folder).isDirectory()) throw new Error(`${folder} is not a folder (a symbolic link?); the mirror writes only into real folders`)
  }
  return dir
}

export interface StoredImage extends InspectedImage {
  /** Its site path: `/images/<hash>.<ext>`. */
  src: string
  bytes: number
  /** Files written by this call (none when the image and its sizes were already there). */
  written: string[]
}

/** Stores a checked image as `public/images/<hash>.<ext>` and makes its optimised sizes; existing files are kept. */
export async function storeImage(bytes: Buffer, image: InspectedImage, publicDir: string): Promise<StoredImage> {
  const dir = imagesFolder(publicDir)
  const hash = contentHash(bytes)
  const name = `${hash}.${IMAGE_TYPES[image.type].extension}`
  const file = path.join(dir, name)
  const written: string[] = []
  if (!isFile(file)) {
    writeFileAtomic(file, bytes)
    written.push(file)
  }
  written.push(...(await writeOptimisedSizes(bytes, image, publicDir)))
  return { ...image, src: `${IMAGES_PATH}${name}`, bytes: bytes.length, written }
}

/**
 * Makes the WebP sizes of a PNG or JPEG image that are missing (`public/images/sizes/<hash>-<width>.webp`), and
 * returns the files written. Sizes are named by the hash of the original, so a changed image gets new ones.
 */
export async function writeOptimisedSizes(bytes: Buffer, image: InspectedImage, publicDir: string): Promise<string[]> {
  if (!hasOptimisedSizes(image.type) || image.animated) return []
  const dir = imagesFolder(publicDir)
  const hash = contentHash(bytes)
  const written: string[] = []
  for (const width of optimisedWidths(image.width)) {
    const file = path.join(dir, SIZES_FOLDER, path.basename(optimisedSizePath(hash, width)))
    if (isFile(file)) continue
    const webp = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
      .autoOrient()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80, effort: 5 })
      .toBuffer()
    writeFileAtomic(file, webp)
    written.push(file)
  }
  return written
}

function isFile(file: string): boolean {
  try {
    return fs.lstatSync(file).isFile()
  } catch {
    return false
  }
}
