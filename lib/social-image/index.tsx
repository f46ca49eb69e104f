import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ImageResponse } from 'next/og'

import { getFontsFor, keepRenderable } from './fonts'
import { SOCIAL_IMAGE_SIZE } from './size'

export { SOCIAL_IMAGE_SIZE } from './size'

export interface SocialImageProps {
  /** Small line above the title: the site's name on an issue's card, its address on the site's own. */
  kicker: string
  title: string
  /** Lines under the title, e.g. the date; each is cut after two lines. */
  details: string[]
}

/** Where drawn cards are kept between builds: Next.js's own cache folder, which Vercel and CI caches keep too. */
export const SOCIAL_IMAGE_CACHE = path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'social-images')

/**
 * A 1200×630 PNG card: kicker, title and details on a light background. Rendered by `next/og` (Satori) when the site
 * is built; every font comes from node_modules, and characters the font lacks are left out rather than fetched.
 *
 * Drawing a card takes 50–150 ms, most of a large archive's build, and the cards of old issues never change: each
 * card is kept in `cacheDir` under the hash of everything that draws it (the element tree with its styles and texts,
 * the size and the font files), so a rebuild draws only new or changed cards and a design change redraws them all.
 */
export async function renderSocialImage(
  { kicker, title, details }: SocialImageProps,
  { cacheDir = SOCIAL_IMAGE_CACHE }: { cacheDir?: string } = {},
): Promise<Response> {
  const shown = [kicker, title, ...details].map((text) => keepRenderable(text).trim())
  const element = cardElement(shown)
  const fonts = getFontsFor(...shown)
  const key = createHash('sha256')
    .update(JSON.stringify({ element, size: SOCIAL_IMAGE_SIZE, fonts: fonts.map((font) => [font.name, font.weight, fontHash(font.data)]) }))
    .digest('hex')
  const file = path.join(/*turbopackIgnore: true*/ cacheDir, `${key}.png`)
  let png: Buffer
  try {
    png = fs.readFileSync(/*turbopackIgnore: true*/ file)
  } catch {
    png = Buffer.from(await new ImageResponse(element, { ...SOCIAL_IMAGE_SIZE, fonts }).arrayBuffer())
    fs.mkdirSync(/*turbopackIgnore: true*/ cacheDir, { recursive: true })
    // Written whole or not at all: a build stopped halfway never leaves a broken card for the next one.
    const temporary = `${file}.${process.pid}.tmp`
    fs.writeFileSync(/*turbopackIgnore: true*/ temporary, png)
    fs.renameSync(/*turbopackIgnore: true*/ temporary, file)
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}

const fontHashes = new WeakMap<Buffer, string>()

/** A font file's hash, once per file read: the same Buffer serves every card that uses it. */
function fontHash(data: Buffer): string {
  let hash = fontHashes.get(data)
  if (!hash) {
    hash = createHash('sha256').update(data).digest('hex')
    fontHashes.set(data, hash)
  }
  return hash
}

function cardElement([shownKicker = '', shownTitle = '', ...shownDetails]: string[]) {
  return (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 80px',
          backgroundColor: '#ffffff',
          backgroundImage: 'linear-gradient(135deg, #e0f2fe 0%, #ffffff 55%)',
          borderTop: '16px solid #0369a1',
          color: '#18181b',
        }}
      >
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#0369a1' }}>{shownKicker}</div>
        <div
          style={{
            display: 'block',
            fontSize: titleFontSize(shownTitle),
            fontWeight: 700,
            lineHeight: 1.3,
            lineClamp: 3,
            // Break between words, not inside them: Chinese words too (本周, 开源), as Intl.Segmenter finds them.
            wordBreak: 'keep-all',
          }}
        >
          {shownTitle}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8, fontSize: 30, fontWeight: 400, color: '#52525b' }}>
          {shownDetails.map((line) => (
            <div key={line} style={{ display: 'block', lineClamp: 2 }}>
              {line}
            </div>
          ))}
        </div>
      </div>
  )
}

/** Short titles large, long ones smaller, so most fit in three lines; CJK characters are about twice a letter's width. */
function titleFontSize(title: string): number {
  const width = [...title].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0)
  if (width <= 16) return 76
  if (width <= 30) return 64
  return 54
}
