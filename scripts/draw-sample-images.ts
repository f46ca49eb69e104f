/**
 * Draws the sample issue's images (content/weekly/2022-05-27.mdx): its cover, its contributor banner and the card of
 * the WeChat account it points readers to. Made for this project, so the sample shows its real layout with no
 * network; the published issue's own images belong to SOFAStack.
 *
 *   npx tsx scripts/draw-sample-images.ts && npm run images:mirror
 *
 * Writes PNG files into public/images/ (then images:mirror makes their optimised sizes). The text is set in Noto Sans
 * CJK SC, which librsvg finds through fontconfig (Debian: fonts-noto-cjk); the committed PNG files need no font.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { writeFileAtomic } from '@/lib/images/files'

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif"

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">${body}</svg>`
}

/** A dot grid, the texture behind the cover and the banner. */
function dots(width: number, height: number, step: number, opacity: number): string {
  const circles: string[] = []
  for (let y = step / 2; y < height; y += step) for (let x = step / 2; x < width; x += step) circles.push(`<circle cx="${x}" cy="${y}" r="1.6"/>`)
  return `<g fill="#ffffff" opacity="${opacity}">${circles.join('')}</g>`
}

/** One layer of the stack on the cover: an isometric slab centred on (cx, cy), named on its right. */
function slab(cx: number, cy: number, top: string, side: string, label: string): string {
  const [w, h, t] = [130, 65, 22]
  return `
    <path d="M${cx - w} ${cy} L${cx} ${cy + h} L${cx} ${cy + h + t} L${cx - w} ${cy + t} Z" fill="${side}" opacity="0.8"/>
    <path d="M${cx} ${cy + h} L${cx + w} ${cy} L${cx + w} ${cy + t} L${cx} ${cy + h + t} Z" fill="${side}"/>
    <path d="M${cx} ${cy - h} L${cx + w} ${cy} L${cx} ${cy + h} L${cx - w} ${cy} Z" fill="${top}"/>
    <path d="M${cx + w + 8} ${cy + t / 2} h22" stroke="${top}" stroke-width="2"/>
    <text x="${cx + w + 38}" y="${cy + t / 2 + 7}" font-size="20" font-weight="700" fill="${top}">${label}</text>`
}

function cover(): string {
  const [width, height] = [1200, 500]
  const layers = [
    ['#99f6e4', '#0d9488', 'RPC'],
    ['#a5f3fc', '#0891b2', 'Registry'],
    ['#bfdbfe', '#2563eb', 'MOSN'],
    ['#ddd6fe', '#7c3aed', 'Layotto'],
  ] as const
  return svg(
    width,
    height,
    `
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="#0b1f3a"/><stop offset="0.55" stop-color="#0c4a6e"/><stop offset="1" stop-color="#0f766e"/>
      </linearGradient>
      <radialGradient id="glow" cx="0.78" cy="0.45" r="0.45"><stop offset="0" stop-color="#5eead4" stop-opacity="0.35"/><stop offset="1" stop-color="#5eead4" stop-opacity="0"/></radialGradient>
    </defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <rect width="${width}" height="${height}" fill="url(#glow)"/>
    ${dots(width, height, 28, 0.08)}
    <g stroke="#5eead4" stroke-width="2" stroke-opacity="0.45" fill="none">
      <path d="M700 120 C 760 60, 860 60, 900 110"/><path d="M1165 215 C 1195 320, 1150 420, 1040 450"/><path d="M720 420 C 690 380, 690 340, 730 310"/>
    </g>
    <g fill="#5eead4"><circle cx="700" cy="120" r="6"/><circle cx="1040" cy="450" r="6"/><circle cx="720" cy="420" r="6"/><circle cx="1165" cy="215" r="5"/></g>
    ${layers.map(([top, side, label], i) => slab(880, 360 - i * 64, top, side, label)).join('')}
    <text x="72" y="118" font-size="22" font-weight="700" letter-spacing="7" fill="#5eead4">SOFA WEEKLY</text>
    <text x="72" y="200" font-size="62" font-weight="800" fill="#ffffff">Kusion 开源啦</text>
    <text x="72" y="262" font-size="30" font-weight="500" fill="#cbd5e1">本周 QA · 本周 Contributor · 新手任务</text>
    <rect x="72" y="318" width="236" height="52" rx="26" fill="#ffffff" fill-opacity="0.12" stroke="#5eead4" stroke-opacity="0.6"/>
    <text x="190" y="352" font-size="24" font-weight="600" fill="#ffffff" text-anchor="middle" letter-spacing="2">2022 · 05 · 27</text>
    <text x="72" y="440" font-size="20" fill="#94a3b8">SOFAStack 社区周报</text>`,
  )
}

/** A person drawn as a head and shoulders in a ring, for a banner that names nobody in particular. */
function person(cx: number, cy: number, ring: string, skin: string, shirt: string): string {
  return `
    <circle cx="${cx}" cy="${cy}" r="62" fill="#ffffff" fill-opacity="0.12" stroke="${ring}" stroke-width="6"/>
    <clipPath id="c${cx}"><circle cx="${cx}" cy="${cy}" r="56"/></clipPath>
    <g clip-path="url(#c${cx})">
      <circle cx="${cx}" cy="${cy - 10}" r="22" fill="${skin}"/>
      <path d="M${cx - 44} ${cy + 60} C ${cx - 40} ${cy + 14}, ${cx + 40} ${cy + 14}, ${cx + 44} ${cy + 60} z" fill="${shirt}"/>
    </g>`
}

function banner(): string {
  const [width, height] = [1080, 540]
  const people = [
    ['#fbbf24', '#fde68a', '#f59e0b'],
    ['#34d399', '#fcd9b6', '#10b981'],
    ['#60a5fa', '#f5d0a9', '#3b82f6'],
    ['#f472b6', '#fde2c8', '#ec4899'],
    ['#a78bfa', '#e8c39e', '#8b5cf6'],
  ] as const
  const confetti = Array.from({ length: 28 }, (_, i) => {
    const x = (i * 137) % width
    const y = 30 + ((i * 71) % 150)
    const colour = people[i % people.length]?.[0] ?? '#ffffff'
    return `<rect x="${x}" y="${y}" width="10" height="4" rx="2" fill="${colour}" transform="rotate(${(i * 47) % 180} ${x} ${y})" opacity="0.8"/>`
  })
  return svg(
    width,
    height,
    `
    <defs>
      <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1e1b4b"/><stop offset="0.6" stop-color="#3730a3"/><stop offset="1" stop-color="#6d28d9"/></linearGradient>
    </defs>
    <rect width="${width}" height="${height}" fill="url(#bg)"/>
    ${dots(width, height, 30, 0.07)}
    ${confetti.join('')}
    <text x="${width / 2}" y="112" font-size="24" font-weight="700" letter-spacing="6" fill="#c4b5fd" text-anchor="middle">SOFASTACK COMMUNITY</text>
    <text x="${width / 2}" y="180" font-size="52" font-weight="800" fill="#ffffff" text-anchor="middle">SOFAStack 社区本周 Contributor</text>
    ${people.map(([ring, skin, shirt], i) => person(220 + i * 160, 310, ring, skin, shirt)).join('')}
    <text x="${width / 2}" y="446" font-size="28" font-weight="500" fill="#e0e7ff" text-anchor="middle">感谢每一位为社区贡献代码、文档与想法的你</text>
    <text x="${width / 2}" y="492" font-size="20" fill="#a5b4fc" text-anchor="middle">SOFA Weekly · 2022.05.27</text>`,
  )
}

function accountCard(): string {
  const [width, height] = [720, 300]
  return svg(
    width,
    height,
    `
    <defs><linearGradient id="card" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ecfdf5"/><stop offset="1" stop-color="#ccfbf1"/></linearGradient></defs>
    <rect width="${width}" height="${height}" rx="28" fill="url(#card)"/>
    <g transform="translate(70 76)">
      <rect width="148" height="148" rx="36" fill="#047857"/>
      <path d="M38 46 h72 a14 14 0 0 1 14 14 v30 a14 14 0 0 1 -14 14 h-40 l-22 18 v-18 h-10 a14 14 0 0 1 -14 -14 v-30 a14 14 0 0 1 14 -14 z" fill="#ecfdf5"/>
      <circle cx="56" cy="75" r="7" fill="#047857"/><circle cx="74" cy="75" r="7" fill="#047857"/><circle cx="92" cy="75" r="7" fill="#047857"/>
    </g>
    <text x="260" y="118" font-size="20" font-weight="600" letter-spacing="3" fill="#047857">微信公众号</text>
    <text x="260" y="170" font-size="42" font-weight="800" fill="#064e3b">金融级分布式架构</text>
    <text x="260" y="220" font-size="22" fill="#065f46">在微信中搜索「金融级分布式架构」关注</text>`,
  )
}

const drawings = {
  '2022-05-27-cover.png': cover(),
  '2022-05-27-contributors.png': banner(),
  '2022-05-27-wechat.png': accountCard(),
}

const dir = path.resolve('public', 'images')
fs.mkdirSync(dir, { recursive: true })
for (const [name, drawing] of Object.entries(drawings)) {
  const png = await sharp(Buffer.from(drawing)).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer()
  writeFileAtomic(path.join(dir, name), png)
  console.log(`public/images/${name}  ${png.length} bytes`)
}
