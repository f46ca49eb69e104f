import { describe, expect, it } from 'vitest'

import { describeNonImage, detectImageType, optimisedSizePath, optimisedWidths } from '@/lib/images/policy'

import { makeImage } from './helpers'

describe('detectImageType', () => {
  it('knows each allowed type by its first bytes', async () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif'] as const) {
      expect(detectImageType(await makeImage(type, 40, 30))).toBe(type)
    }
  })

  it('refuses what only claims to be an image, saying what it is', () => {
    const cases: [string | Buffer, string][] = [
      ['<!DOCTYPE html><html><body>Not found</body></html>', 'an HTML page'],
      ['\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"></svg>', 'an SVG image, which can run script'],
      ['<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', 'an SVG image, which can run script'],
      ['{"error":"denied"}', 'JSON'],
      [Buffer.from('BM\x00\x00\x00\x00', 'latin1'), 'a BMP image'],
      [Buffer.alloc(0), 'empty'],
      // The PNG signature cut short, and an ISO media file of another brand (a video).
      [Buffer.from('\x89PNG\r\n', 'latin1'), 'not a known image format'],
      [Buffer.from('\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom', 'latin1'), 'not a known image format'],
    ]
    for (const [bytes, description] of cases) {
      const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes
      expect(detectImageType(buffer)).toBeUndefined()
      expect(describeNonImage(buffer)).toBe(description)
    }
  })
})

describe('optimised sizes', () => {
  it('are the standard widths well below the image, and the image itself up to 1600 pixels', () => {
    expect(optimisedWidths(300)).toEqual([300])
    expect(optimisedWidths(590)).toEqual([590])
    expect(optimisedWidths(600)).toEqual([480, 600])
    expect(optimisedWidths(1080)).toEqual([480, 1080])
    expect(optimisedWidths(1200)).toEqual([480, 960, 1200])
    expect(optimisedWidths(1600)).toEqual([480, 960, 1600])
    expect(optimisedWidths(4000)).toEqual([480, 960, 1600])
  })

  it('are named after the original and their width', () => {
    expect(optimisedSizePath('0123456789abcdef', 480)).toBe('/images/sizes/0123456789abcdef-480.webp')
  })
})
