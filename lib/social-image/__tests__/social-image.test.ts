import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PNG } from 'pngjs'
import { afterAll, describe, expect, it } from 'vitest'

import { renderSocialImage, SOCIAL_IMAGE_SIZE } from '..'
import { getFontsFor, keepRenderable, parseUnicodeRange } from '../fonts'

const SEED_TITLE = 'SOFA Weekly | Kusion 开源啦、本周 QA、本周 Contributor'

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'social-images-'))
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }))

async function render(title: string): Promise<PNG> {
  const response = await renderSocialImage({ kicker: 'SOFA Weekly', title, details: ['2022年5月27日 · weekly.example.org'] }, { cacheDir })
  expect(response.headers.get('content-type')).toBe('image/png')
  return PNG.sync.read(Buffer.from(await response.arrayBuffer()))
}

/** Pixels as dark as the title's ink (#18181b); the kicker and details are lighter colours. */
function titleInk(png: PNG): number {
  let count = 0
  for (let i = 0; i < png.data.length; i += 4) {
    if ((png.data[i] ?? 255) < 80 && (png.data[i + 1] ?? 255) < 80 && (png.data[i + 2] ?? 255) < 80) count++
  }
  return count
}

describe('the social image fonts', () => {
  it('reads CSS unicode-range lists', () => {
    expect(parseUnicodeRange('U+4e00-4e01,U+4e03, U+1f1e9-1f1f5')).toEqual([
      [0x4e00, 0x4e01],
      [0x4e03, 0x4e03],
      [0x1f1e9, 0x1f1f5],
    ])
  })

  it('covers every character of a Chinese title, and leaves out what no chunk has (an emoji)', () => {
    expect(keepRenderable(SEED_TITLE)).toBe(SEED_TITLE)
    expect(keepRenderable('发布啦 🎉！')).toBe('发布啦 ！')
  })

  it('loads only the chunks the text needs, in both weights', () => {
    const fonts = getFontsFor(SEED_TITLE)
    const chunks = new Set(fonts.map((font) => font.name))
    expect(chunks.size).toBeGreaterThan(1)
    expect(chunks.size).toBeLessThan(15)
    expect(fonts).toHaveLength(chunks.size * 2)
    expect(new Set(fonts.map((font) => font.weight))).toEqual(new Set([400, 700]))
    // WOFF, which Satori reads (WOFF2 it does not).
    expect(fonts.every((font) => font.data.subarray(0, 4).toString('latin1') === 'wOFF')).toBe(true)
  })
})

describe('renderSocialImage', { timeout: 60_000 }, () => {
  it('draws a 1200×630 PNG whose title ink comes from the Chinese glyphs', async () => {
    const card = await render(SEED_TITLE)
    expect({ width: card.width, height: card.height }).toEqual(SOCIAL_IMAGE_SIZE)

    const withoutTitle = titleInk(await render(''))
    const chineseOnly = titleInk(await render('开源啦、本周'))
    // Without a title nothing is as dark as its ink; six Chinese characters at 76 px leave thousands of such pixels,
    // which they would not if the font had no glyphs for them.
    expect(withoutTitle).toBeLessThan(100)
    expect(chineseOnly).toBeGreaterThan(5000)
    expect(titleInk(card)).toBeGreaterThan(chineseOnly)
  })
})

describe('the social image cache', () => {
  it('draws a card once and serves the same bytes after, keyed by what it shows', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'social-images-'))
    try {
      const card = { kicker: 'SOFA Weekly', title: '缓存测试 cache test', details: ['2024年1月5日'] }
      const first = Buffer.from(await (await renderSocialImage(card, { cacheDir: dir })).arrayBuffer())
      const files = fs.readdirSync(dir)
      expect(files).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.png$/)])
      // A planted file under the key proves the second call reads the cache instead of drawing again.
      fs.writeFileSync(path.join(dir, files[0]!), Buffer.concat([first, Buffer.from('cached')]))
      const second = Buffer.from(await (await renderSocialImage(card, { cacheDir: dir })).arrayBuffer())
      expect(second.subarray(-6).toString()).toBe('cached')
      await renderSocialImage({ ...card, title: '另一期 another issue' }, { cacheDir: dir })
      expect(fs.readdirSync(dir)).toHaveLength(2)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
