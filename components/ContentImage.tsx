import { RemoteImage } from '@/components/RemoteImage'
import { COLUMN_WIDTH, getLocalImage, type ImageLayout } from '@/lib/content/images'
import { withBasePath } from '@/lib/urls/base-path'

export interface ContentImageProps {
  src: string
  /** Required: "" only for decorative images. */
  alt: string
  /** The largest image of the page: loaded at once and first. Every other image loads lazily. */
  priority?: boolean
  /** `fill` spans the column (cover, banner); `natural` keeps the image's own width up to the column's. */
  layout: ImageLayout
  /** Classes for the image whatever its source: corners, a background while it loads. */
  className?: string
  /**
   * An image on another host has no known size: it is shown in this box (width, height and the classes that keep
   * it), contained or cropped, so the page does not move when it arrives.
   */
  remote: { width: number; height: number; className: string }
}

function classes(...names: string[]): string {
  return names.filter(Boolean).join(' ')
}

/** The widths images take in the column, for the browser to choose an optimised size before layout. */
const SIZES = `(min-width: 56rem) ${COLUMN_WIDTH}px, calc(100vw - 2rem)`

/**
 * An image content shows (a cover, a banner, a Markdown image). One of this site (`/images/…`) is shown at its real
 * aspect ratio with its real width and height, so nothing shifts and nothing is letterboxed, and as WebP at the size
 * the screen needs when `npm run images:mirror` made its optimised sizes; the original stays the fallback.
 */
export function ContentImage({ src, alt, priority = false, layout, className = '', remote }: ContentImageProps) {
  const image = getLocalImage(src)
  if (!image) {
    return <RemoteImage src={src} alt={alt} width={remote.width} height={remote.height} priority={priority} className={classes(remote.className, className)} />
  }
  const img = (
    <RemoteImage
      src={image.src}
      alt={alt}
      width={image.width}
      height={image.height}
      priority={priority}
      className={classes(layout === 'fill' ? 'w-full' : 'max-w-full', 'h-auto', className)}
    />
  )
  if (image.sizes.length === 0) return img
  return (
    <picture>
      <source type="image/webp" srcSet={image.sizes.map((size) => `${withBasePath(size.src)} ${size.width}w`).join(', ')} sizes={SIZES} />
      {img}
    </picture>
  )
}
