import { formatBytes } from './policy'

/**
 * Downloads one image for the mirror, refusing whatever a hostile or broken server could do to the tool: hosts that
 * are not on the allow-list (also after a redirect), other schemes, redirect loops, bodies over the size limit
 * (however the server announces them), and answers that never finish.
 */

export interface DownloadOptions {
  /** Host names images may come from: `gw.alipayobjects.com`, or `*.example.org` for its subdomains. */
  allowHosts: readonly string[]
  maxBytes: number
  /** For the whole download, redirects and body included. */
  timeoutMs: number
  maxRedirects?: number
}

export type Download = { ok: true; bytes: Buffer } | { ok: false; reason: string }

export function isAllowedHost(url: URL, allowHosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase()
  return allowHosts.some((allowed) => {
    const entry = allowed.toLowerCase()
    return entry.startsWith('*.') ? host.endsWith(entry.slice(1)) : host === entry
  })
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

export async function downloadImage(url: string, { allowHosts, maxBytes, timeoutMs, maxRedirects = 5 }: DownloadOptions): Promise<Download> {
  const signal = AbortSignal.timeout(timeoutMs)
  let current: URL
  try {
    current = new URL(url)
  } catch {
    return { ok: false, reason: 'is not a URL' }
  }
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'https:' && current.protocol !== 'http:') return { ok: false, reason: `${hop ? 'redirects to' : 'uses'} ${current.protocol}, not http(s)` }
      if (!isAllowedHost(current, allowHosts)) {
        return { ok: false, reason: `${hop ? `redirects to ${current.host}, which` : `host ${current.host}`} is not on the allow-list (--allow-host)` }
      }
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif,*/*;q=0.1', 'user-agent': 'community-weekly images:mirror' },
      })
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel()
        const location = response.headers.get('location')
        if (!location) return { ok: false, reason: `HTTP ${response.status} without a Location` }
        if (hop >= maxRedirects) return { ok: false, reason: `more than ${maxRedirects} redirects` }
        current = new URL(location, current)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        return { ok: false, reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }
      }
      const announced = Number(response.headers.get('content-length'))
      if (announced > maxBytes) {
        await response.body?.cancel()
        return { ok: false, reason: `is ${formatBytes(announced)}, over the limit of ${formatBytes(maxBytes)} (--max-bytes)` }
      }
      const bytes = await readAtMost(response, maxBytes)
      if (!bytes) return { ok: false, reason: `is over the limit of ${formatBytes(maxBytes)} (--max-bytes)` }
      return { ok: true, bytes }
    }
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `did not finish within ${timeoutMs / 1000} s (--timeout)` }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
    const code = (cause as NodeJS.ErrnoException | undefined)?.code
    return { ok: false, reason: `could not be fetched (${code ?? (cause instanceof Error ? cause.message : String(cause))})` }
  }
}

/** The body, or undefined as soon as it grows past `maxBytes` (the rest is never downloaded). */
async function readAtMost(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  if (!response.body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
