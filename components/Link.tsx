import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * `next/link` without prefetching; use it for every internal link (lint refuses `next/link` elsewhere).
 *
 * By default a link fetches and parses its page's payload as soon as it scrolls into view: on an issue page that is
 * the header's pages and the neighbouring issues, all while a phone is still starting React, and on the archive one
 * request per visible issue. Lighthouse counted that work as blocking time. Pages here are static and small, so a
 * click still brings the next page quickly, and readers on metered data download only what they open.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
