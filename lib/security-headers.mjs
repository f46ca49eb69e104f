/**
 * The HTTP headers every response carries, in one place: next.config.mjs serves them with `next start`, and a
 * static host (an nginx config for the static export) can be generated from the same values.
 *
 * Plain JavaScript, because next.config.mjs and build tooling load it with Node, before any TypeScript is compiled.
 */

/**
 * As strict as a static Next.js site allows.
 *
 * - `script-src` needs 'unsafe-inline': every page hydrates with inline scripts that Next.js writes at build time
 *   (the RSC payload, `self.__next_f.push(…)`), different on every page. A nonce would make every page render per
 *   request, and hashes would need a header per page; the pages run no script of ours, and content can hold none
 *   (lib/content rejects scripts, expressions and event handlers), so 'unsafe-inline' admits only Next's own.
 * - 'unsafe-eval' only in `next dev`, where React rebuilds server error stacks with eval; production never evals.
 * - `style-src` needs 'unsafe-inline' too: the task and Q&A filters are a <style> element rendered with the page and
 *   rewritten as the selection changes (components/FilterBar.tsx, NoScriptFilters.tsx), so the default filter applies
 *   before any script runs and the list never shifts. Content can add no <style> or style attribute (lib/content
 *   rejects both), and scripts already need 'unsafe-inline', so this admits nothing new.
 * - Images come from any https host (issue banners, covers, screenshots); nothing may frame the site.
 *
 * @param {{ development?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy({ development = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * @param {{ development?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ development = false } = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ development }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // frame-ancestors 'none' for browsers that predate it.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}
