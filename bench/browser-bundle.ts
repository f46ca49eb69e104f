import { build } from 'esbuild'

/**
 * A module of ours bundled into one script for a benchmark's Chromium page, its exports on `window[globalName]`.
 * Functions passed to page.evaluate cannot call helpers (tsx compiles them with esbuild's name helper, absent in
 * the page): the page calls the bundle instead.
 */
export async function bundleForBrowser(entryPoint: string, globalName: string): Promise<string> {
  const result = await build({ entryPoints: [entryPoint], bundle: true, format: 'iife', globalName, minify: true, write: false, target: 'es2022' })
  return result.outputFiles[0]?.text ?? ''
}
