/**
 * The one policy for every URL the site takes from content and settings: Markdown links and images, component props,
 * `site.yaml` and `projects.yaml`. A URL passes only if a browser follows it as written, to where it appears to go,
 * without running anything.
 */

export type UrlKind = 'link' | 'https'

/** Why a URL is refused, or undefined when it may be used. `https` allows only absolute https:// URLs. */
export function urlProblem(value: string, kind: UrlKind = 'link'): string | undefined {
  // Browsers drop tabs and line breaks inside URLs and read `\` as `/`, so `/\evil.example` and `/\t/evil.example`
  // are other hosts however site-relative they look; no real link needs these characters unescaped.
  if (/[\s\\]/.test(value) || hasControlCharacter(value)) return 'has white space, a control character or a backslash; write them percent-encoded'
  if (kind === 'link' && value.startsWith('#')) return undefined
  if (kind === 'link' && value.startsWith('/')) return isSiteRelative(value) ? undefined : 'starts with // or /\\, which leads to another host; write https://host/… for another site'
  if (kind === 'link' && /^mailto:[^@]+@[^@]+$/i.test(value)) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return kind === 'https' ? 'expected an https:// URL' : 'expected an http(s):, mailto: or site-relative URL'
  }
  const schemes = kind === 'https' ? ['https:'] : ['http:', 'https:']
  if (!schemes.includes(url.protocol) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return kind === 'https' ? 'expected an https:// URL' : 'expected an http(s):, mailto: or site-relative URL'
  }
  if (url.username || url.password) return 'has a user name or password before the host, which hides where it leads'
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'has no host name with a domain'
  return undefined
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/** Whether a URL may be used, by the one policy. */
export function isSafeUrl(value: string, kind: UrlKind = 'link'): boolean {
  return urlProblem(value, kind) === undefined
}

/**
 * A path on this site (`/weekly/2022-05-27`): it starts with one `/` and a browser resolves it to this site's origin,
 * whatever follows (`//host`, `/\host` and encoded tricks resolve elsewhere and are not site-relative).
 */
export function isSiteRelative(value: string): boolean {
  if (!value.startsWith('/') || /[\s\\]/.test(value)) return false
  const base = 'https://site.invalid'
  try {
    return new URL(value, base).origin === base
  } catch {
    return false
  }
}

/** An origin as `site.yaml`'s `url` must be: scheme and host (and port), no path, query or fragment. */
export function originProblem(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'expected the site\'s origin, such as https://weekly.example.org'
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || `${url.origin}` !== value) {
    return `expected the site's origin, such as ${url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : 'https://weekly.example.org'}, without a path or a trailing slash; serve the site under a path with BASE_PATH`
  }
  return undefined
}

/**
 * `path` without its trailing slashes, in linear time: the regular expression `/\/+$/` retries at every slash of a
 * long run that does not end the string, which is quadratic on a URL a content file can hold.
 */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length
  while (end > 0 && path[end - 1] === '/') end--
  return path.slice(0, end)
}
