/**
 * Site-relative URLs under the base path the site is built for (`BASE_PATH`, lib/deployment.mjs): `''` at the root,
 * `/community` when it is served from https://example.org/community/.
 *
 * next/link, next/navigation and Next's own assets add the base path themselves. Every other site-relative URL must
 * go through `withBasePath`: plain `<a>` and `<img>` (links written in content), form actions, `fetch`. Client
 * components use this too: it imports only the URL policy, which imports nothing.
 */
import { isSiteRelative } from '@/lib/url-policy'

export const basePath: string = process.env.NEXT_PUBLIC_BASE_PATH ?? ''

/** A path on this site (`/weekly`, `/search?q=x`), as opposed to `https://…`, `//host/…`, `#anchor` or `mailto:`. */
export { isSiteRelative }

/**
 * `/weekly` → `/community/weekly` under the base path `/community`; any other URL unchanged. The home page `/` becomes
 * `/community`, as next/link writes it.
 */
export function withBasePath(url: string): string {
  if (!basePath || !isSiteRelative(url)) return url
  return url === '/' ? basePath : `${basePath}${url}`
}
