import { afterEach, describe, expect, it, vi } from 'vitest'

import { VALID_CONTENT } from '@/lib/content/__tests__/helpers'

import { parseBasePath, parseOutputMode, readDeployment } from '../deployment.mjs'

/** lib/urls/base-path.ts and lib/urls as built with this base path (Next.js inlines it when building). */
async function importUnder(basePath: string) {
  vi.resetModules()
  vi.stubEnv('NEXT_PUBLIC_BASE_PATH', basePath)
  return { ...(await import('@/lib/urls/base-path')), ...(await import('@/lib/urls')) }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('BASE_PATH and NEXT_OUTPUT', () => {
  it('accepts a path of one or more segments, or nothing', () => {
    expect(parseBasePath(undefined)).toBe('')
    expect(parseBasePath('')).toBe('')
    expect(parseBasePath('/community')).toBe('/community')
    expect(parseBasePath('/org/weekly-2.0')).toBe('/org/weekly-2.0')
  })

  it.each([
    ['community', 'BASE_PATH is "community"; it must start with "/", e.g. BASE_PATH=/community'],
    ['/community/', 'BASE_PATH is "/community/"; it must not end with "/", e.g. BASE_PATH=/community'],
    ['/', 'BASE_PATH is "/"; leave it unset to serve the site at the root'],
    ['/my weekly', 'BASE_PATH is "/my weekly"; use path segments of letters, digits, ".", "_", "~" and "-" only, e.g. /community'],
    ['/a/../b', 'BASE_PATH is "/a/../b"; use path segments of letters, digits, ".", "_", "~" and "-" only, e.g. /community'],
    ['/a//b', 'BASE_PATH is "/a//b"; use path segments of letters, digits, ".", "_", "~" and "-" only, e.g. /community'],
  ])('refuses BASE_PATH=%s, saying what to write', (value, message) => {
    expect(() => parseBasePath(value)).toThrow(message)
  })

  it('knows the output modes', () => {
    expect(readDeployment({})).toEqual({ output: undefined, basePath: '' })
    expect(readDeployment({ NEXT_OUTPUT: 'export', BASE_PATH: '/community' })).toEqual({ output: 'export', basePath: '/community' })
    expect(parseOutputMode('standalone')).toBe('standalone')
    expect(() => parseOutputMode('static')).toThrow('NEXT_OUTPUT is "static"; expected "export" (static files in out/), "standalone" (the Docker image) or unset (next start, Vercel)')
  })
})

describe('withBasePath', () => {
  it('leaves every URL as it is at the root', async () => {
    const { withBasePath } = await importUnder('')
    expect(['/', '/weekly', '/search?q=x'].map(withBasePath)).toEqual(['/', '/weekly', '/search?q=x'])
  })

  it('prefixes site-relative URLs, and only those, under a base path', async () => {
    const { withBasePath } = await importUnder('/community')
    expect(withBasePath('/weekly/2024-01-05#qa-1')).toBe('/community/weekly/2024-01-05#qa-1')
    expect(withBasePath('/search?q=x')).toBe('/community/search?q=x')
    // As next/link writes the home page.
    expect(withBasePath('/')).toBe('/community')
    for (const url of ['https://example.org/weekly', '//cdn.example.org/a.png', '#qa-1', 'mailto:a@example.org']) {
      expect(withBasePath(url)).toBe(url)
    }
  })
})

describe('absoluteUrl', () => {
  it('is SITE_URL, then the base path, then the path', async () => {
    vi.stubEnv('CONTENT_DIR', VALID_CONTENT)
    vi.stubEnv('SITE_URL', 'https://example.org')
    const { absoluteUrl, getSiteUrl } = await importUnder('/community')
    expect(absoluteUrl('/weekly/2024-01-05')).toBe('https://example.org/community/weekly/2024-01-05')
    expect(getSiteUrl()).toBe('https://example.org/community')
    expect(() => absoluteUrl('weekly')).toThrow('absoluteUrl takes a site-relative path starting with "/", got "weekly"')
  })

  it('takes the site URL from content/site.yaml when SITE_URL is not set', async () => {
    vi.stubEnv('CONTENT_DIR', VALID_CONTENT)
    vi.stubEnv('SITE_URL', '')
    vi.stubEnv('VERCEL_PROJECT_PRODUCTION_URL', '')
    const { absoluteUrl } = await importUnder('')
    expect(absoluteUrl('/feed.xml')).toBe('https://fixture.example.org/feed.xml')
  })

  it('accepts a SITE_URL that already ends with the base path, and refuses any other path', async () => {
    vi.stubEnv('CONTENT_DIR', VALID_CONTENT)
    vi.stubEnv('SITE_URL', 'https://example.github.io/community')
    expect((await importUnder('/community')).absoluteUrl('/weekly')).toBe('https://example.github.io/community/weekly')
    const { absoluteUrl } = await importUnder('')
    expect(() => absoluteUrl('/weekly')).toThrow(
      'the site URL https://example.github.io/community has the path "/community": set SITE_URL to the origin (https://example.github.io) and BASE_PATH=/community to serve the site under that path',
    )
  })
})
