import type { ImgHTMLAttributes } from 'react'

export type RemoteImageProps = Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'alt'> & {
  src: string
  /** Required: "" only for decorative images. */
  alt: string
  /** Above the fold (a cover): load at once and early. Otherwise lazily. */
  priority?: boolean
}

/**
 * An image from another host, as a plain `<img>`. next/image would add a client component to every page that
 * shows one, for an optimizer this site cannot use (static export, images on hosts it does not control).
 * Give width and height (or a CSS aspect ratio) so the page does not shift while it loads.
 */
export function RemoteImage({ priority = false, alt, ...props }: RemoteImageProps) {
  return (
    <img
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      referrerPolicy="no-referrer"
      {...props}
    />
  )
}
