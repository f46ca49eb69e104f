import fs from 'node:fs'
import path from 'node:path'

/**
 * Noto Sans SC from the npm registry, so social images render Chinese with no network at build time. The package
 * splits the font into about a hundred files by Unicode range (as browsers load it); an image only needs the few files
 * holding its characters, which keeps each render to a few hundred kilobytes of font instead of a 10 MB font.
 * Satori reads WOFF (not WOFF2), so the `.woff` files are used.
 */
const FONT_PACKAGE = '@fontsource/noto-sans-sc'

export const FONT_WEIGHTS = [400, 700] as const
export type FontWeight = (typeof FONT_WEIGHTS)[number]

export interface SocialImageFont {
  name: string
  data: Buffer
  weight: FontWeight
  style: 'normal'
}

interface FontChunk {
  /** `latin`, `117`: the part of the file name that names the chunk. */
  id: string
  ranges: [number, number][]
}

function packageDir(): string {
  // Resolved from the project, like the content folder: the build and its tests run from the project root.
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', FONT_PACKAGE)
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) throw new Error(`${FONT_PACKAGE} is not installed in ${dir}; run npm ci`)
  return dir
}

let chunks: FontChunk[] | undefined

/** The chunks and their Unicode ranges, from the package's `unicode.json` (`{"[117]": "U+4e00-4e01,U+4e03", …}`). */
function getChunks(): FontChunk[] {
  chunks ??= Object.entries(
    JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ path.join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>,
  ).map(([key, ranges]) => ({ id: key.replace(/^\[(\d+)\]$/, '$1'), ranges: parseUnicodeRange(ranges) }))
  return chunks
}

/** `U+4e00-4e01,U+4e03` → `[[0x4e00, 0x4e01], [0x4e03, 0x4e03]]`. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [start = '', end] = part.trim().replace(/^U\+/i, '').split('-')
    return [Number.parseInt(start, 16), Number.parseInt(end ?? start, 16)]
  })
}

function chunkOf(codePoint: number): FontChunk | undefined {
  return getChunks().find((chunk) => chunk.ranges.some(([start, end]) => start <= codePoint && codePoint <= end))
}

/**
 * The text as the image can show it: characters the font has no glyph for (emoji, rare scripts) are left out, because
 * the renderer would otherwise try to download a font or an emoji image for them, and the build has no network.
 */
export function keepRenderable(text: string): string {
  return [...text].filter((char) => /\s/.test(char) || chunkOf(char.codePointAt(0) ?? 0) !== undefined).join('')
}

const files = new Map<string, Buffer>()

/**
 * The font files that hold every character of `texts`, in both weights. Each chunk gets its own family name, so the
 * renderer falls back from one to the next per character. Files are read once per process, and the renderer keeps
 * each parsed font by its buffer, so later images reuse them.
 */
export function getFontsFor(...texts: string[]): SocialImageFont[] {
  const needed = new Map<string, FontChunk>()
  for (const char of texts.join('')) {
    const chunk = chunkOf(char.codePointAt(0) ?? 0)
    if (chunk) needed.set(chunk.id, chunk)
  }
  const dir = packageDir()
  return [...needed.values()].flatMap((chunk) =>
    FONT_WEIGHTS.map((weight): SocialImageFont => {
      const file = path.join(dir, 'files', `noto-sans-sc-${chunk.id}-${weight}-normal.woff`)
      let data = files.get(file)
      if (!data) {
        data = fs.readFileSync(/*turbopackIgnore: true*/ file)
        files.set(file, data)
      }
      return { name: `Noto Sans SC ${chunk.id}`, data, weight, style: 'normal' }
    }),
  )
}
