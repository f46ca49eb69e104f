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

/**
 * A 1200×630 PNG card: kicker, title and details on a light background. Rendered by `next/og` (Satori) when the site
 * is built; every font comes from node_modules, and characters the font lacks are left out rather than fetched.
 */
export function renderSocialImage({ kicker, title, details }: SocialImageProps): ImageResponse {
  const shown = [kicker, title, ...details].map((text) => keepRenderable(text).trim())
  const [shownKicker = '', shownTitle = '', ...shownDetails] = shown
  return new ImageResponse(
    (
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
    ),
    { ...SOCIAL_IMAGE_SIZE, fonts: getFontsFor(...shown) },
  )
}

/** Short titles large, long ones smaller, so most fit in three lines; CJK characters are about twice a letter's width. */
function titleFontSize(title: string): number {
  const width = [...title].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0)
  if (width <= 16) return 76
  if (width <= 30) return 64
  return 54
}
