/**
 * How this build is deployed, from the environment: next.config.mjs reads it once, tests and tooling import it too.
 *
 * - `NEXT_OUTPUT`: unset for `next start` and Vercel; `export` for the static export (`npm run build:static`, the
 *   `out/` folder); `standalone` for the Docker image (a self-contained `server.js`, which `next start` refuses).
 * - `BASE_PATH`: the path the site is served under (`/community` for https://example.org/community/), unset at the
 *   root. Next.js prefixes it to next/link and its own assets; `lib/paths.ts` prefixes everything else.
 *
 * Plain JavaScript, because next.config.mjs loads it with Node, before any TypeScript is compiled.
 */

/** @typedef {'export' | 'standalone' | undefined} OutputMode */

const OUTPUT_MODES = ['export', 'standalone']

/**
 * `''` for the root, else `/one/or/more/segments`: what Next.js accepts as `basePath`, and what is safe to write
 * unescaped into URLs and an nginx config.
 *
 * @param {string | undefined} value
 * @returns {string}
 */
export function parseBasePath(value) {
  if (value === undefined || value === '') return ''
  if (!value.startsWith('/')) throw new Error(`BASE_PATH is "${value}"; it must start with "/", e.g. BASE_PATH=/${value.replace(/^\/*|\/*$/g, '')}`)
  if (value === '/') throw new Error('BASE_PATH is "/"; leave it unset to serve the site at the root')
  if (value.endsWith('/')) throw new Error(`BASE_PATH is "${value}"; it must not end with "/", e.g. BASE_PATH=${value.replace(/\/+$/, '')}`)
  if (!/^(?:\/[A-Za-z0-9._~-]+)+$/.test(value) || value.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(`BASE_PATH is "${value}"; use path segments of letters, digits, ".", "_", "~" and "-" only, e.g. /community`)
  }
  return value
}

/**
 * @param {string | undefined} value
 * @returns {OutputMode}
 */
export function parseOutputMode(value) {
  if (value === undefined || value === '') return undefined
  if (!OUTPUT_MODES.includes(value)) {
    throw new Error(`NEXT_OUTPUT is "${value}"; expected "export" (static files in out/), "standalone" (the Docker image) or unset (next start, Vercel)`)
  }
  return /** @type {OutputMode} */ (value)
}

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ output: OutputMode, basePath: string }}
 */
export function readDeployment(env = process.env) {
  return { output: parseOutputMode(env.NEXT_OUTPUT), basePath: parseBasePath(env.BASE_PATH) }
}
