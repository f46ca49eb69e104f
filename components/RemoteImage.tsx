import type { ImgHTMLAttributes } from 'react'

import { withBasePath } from '@/lib/urls/base-path'

export type RemoteImageProps = Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'alt'> & {
  src: string
  /** Required: "" only for decorative images. */
  alt: string
  /** Above the fold (a cover): load at once and early. Otherwise lazily. */
  priority?: boolean
}

/**
 * An image from another host (or this site, under its base path), as a plain `<img>`. next/image would add a client
 * component to every page that shows one, for an optimizer this site cannot use (static export, images on hosts it
 * does not control).
 * Give width and height (or a CSS aspect ratio) so the page does not shift while it loads.
 */
export function RemoteImage({ priority = false, src, alt, ...props }: RemoteImageProps) {
  return (
    <img
      // Content may also name an image on this site (`/images/banner.png`), which lives under the base path.
      src={withBasePath(src)}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      referrerPolicy="no-referrer"
      {...props}
    />
  )
}
