import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { securityHeaders } from '@/lib/security-headers.mjs'

import { editNginxConf, findNginx, freePort, NGINX_CONF, serveExport, type ServedExport, type StaticServerKind } from '../serve-export'

async function cacheControl(get: (urlPath: string) => Promise<Response>, urlPath: string): Promise<string | null> {
  return (await get(urlPath)).headers.get('cache-control')
}

const conf = fs.readFileSync(NGINX_CONF, 'utf8')

describe('deploy/nginx.conf', () => {
  it('sends exactly the security headers of lib/security-headers.mjs, on every response', () => {
    const lines = [...conf.matchAll(/^\s*add_header\s+(\S+)\s+(.*);\s*$/gm)]
    const sent = lines.map(([, name, rest]) => ({ name, rest })).filter(({ name }) => name !== 'Cache-Control')
    expect(sent).toEqual(securityHeaders().map(({ key, value }) => ({ name: key, rest: `${JSON.stringify(value)} always` })))
  })

  it('has one listen, one root and one error_page line for an operator to edit', () => {
    const edited = editNginxConf(conf, { listen: '127.0.0.1:8080', root: '/srv/weekly/out', basePath: '/community' })
    expect(edited).toMatch(/^ {4}listen 127\.0\.0\.1:8080;$/m)
    expect(edited).toMatch(/^ {4}root "\/srv\/weekly\/out";$/m)
    expect(edited).toMatch(/^ {4}error_page 404 \/community\/404\.html;$/m)
    expect(() => editNginxConf(`${conf}\nlisten 81;`, { listen: '1', root: '/' })).toThrow(/exactly one line matching/)
  })
})

/** A small export: what `npm run build:static` writes, in miniature. */
function makeExport(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-export-'))
  const files: Record<string, string> = {
    // Long enough for gzip_min_length.
    'index.html': `<!DOCTYPE html><title>home</title>${'<p>home page</p>'.repeat(40)}`,
    'index.txt': 'home payload',
    'weekly.html': '<title>archive</title>',
    'weekly/2022-05-27.html': '<title>seed issue</title>',
    'weekly/2022-05-27.txt': 'seed payload',
    'weekly/2022-05-27/opengraph-image': '\u0089PNG',
    'tags/示例.html': '<title>tag 示例</title>',
    '404.html': '<title>not found</title>',
    '_next/static/chunks/app.css': 'body{}',
    'search-index.json': '{}',
    'feed.xml': '<rss/>',
    'robots.txt': 'User-Agent: *',
    'images/2022-05-27-cover.png': '\u0089PNG',
    'images/0123456789abcdef.png': '\u0089PNG',
    'images/sizes/0123456789abcdef-480.webp': 'RIFF',
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const servers: StaticServerKind[] = findNginx() ? ['nginx', 'node'] : ['node']

for (const [server, basePath] of servers.flatMap((kind) => ['', '/community'].map((prefix) => [kind, prefix] as const))) {
  describe(`the export served by ${server} at ${basePath}/`, () => {
    const dir = makeExport()
    let served: ServedExport
    const get = (urlPath: string, init?: RequestInit) => fetch(`${served.url.slice(0, -1)}${urlPath}`, { redirect: 'manual', ...init })

    beforeAll(async () => {
      served = await serveExport({ dir, port: await freePort(), basePath, server })
    })
    afterAll(async () => {
      await served.close()
      fs.rmSync(dir, { recursive: true, force: true })
    })

    for (const [urlPath, text] of [
      ['', 'home page'],
      ['/', 'home page'],
      ['/weekly', 'archive'],
      ['/weekly/2022-05-27', 'seed issue'],
      // The address a browser requests for /tags/示例.
      ['/tags/%E7%A4%BA%E4%BE%8B', 'tag 示例'],
      ['/weekly/2022-05-27.txt', 'seed payload'],
    ] as const) {
      it(`serves "${basePath}${urlPath}" from its file`, async () => {
        const response = await get(urlPath)
        expect(response.status).toBe(200)
        expect(await response.text()).toContain(text)
      })
    }

    for (const urlPath of ['/no-such-page', '/weekly/1999-01-01', '/404.html', '/tags/%E7%A4%BA']) {
      it(`answers ${basePath}${urlPath} with the site’s 404 page`, async () => {
        const response = await get(urlPath)
        expect(response.status).toBe(404)
        expect(response.headers.get('content-type')).toMatch(/^text\/html/)
        expect(await response.text()).toContain('not found')
      })
    }

    it('never serves a file outside the export', async () => {
      const response = await get('/%2e%2e/%2e%2e/%2e%2e/etc/passwd')
      expect(response.status).not.toBe(200)
      expect(await response.text()).not.toContain('root:')
    })

    it('sends every security header, with pages and with the 404 page', async () => {
      for (const urlPath of ['/weekly', '/no-such-page']) {
        const { headers } = await get(urlPath)
        expect(securityHeaders().filter(({ key, value }) => headers.get(key) !== value)).toEqual([])
      }
    })

    it('sends files with their types, social images as PNG', async () => {
      expect((await get('/search-index.json')).headers.get('content-type')).toBe('application/json')
      expect((await get('/weekly/2022-05-27/opengraph-image')).headers.get('content-type')).toBe('image/png')
      expect((await get('/feed.xml')).headers.get('content-type')).toMatch(/^text\/xml/)
    })

    it.runIf(basePath)('serves nothing outside the base path', async () => {
      for (const urlPath of ['/weekly', '/search-index.json']) {
        const response = await fetch(`${served.url.replace(/\/community\/$/, '')}${urlPath}`)
        expect(response.status).toBe(404)
        expect(await response.text()).toContain('not found')
      }
    })

    it.runIf(server === 'nginx')('caches hashed assets for a year, feeds for minutes, and revalidates pages', async () => {
      expect(await cacheControl(get, '/_next/static/chunks/app.css')).toBe('public, max-age=31536000, immutable')
      expect(await cacheControl(get, '/feed.xml')).toBe('public, max-age=300')
      expect(await cacheControl(get, '/robots.txt')).toBe('public, max-age=300')
      expect(await cacheControl(get, '/search-index.json')).toBe('public, max-age=300')
      expect(await cacheControl(get, '/weekly')).toBe('public, max-age=0, must-revalidate')
      expect(await cacheControl(get, '/weekly/2022-05-27.txt')).toBe('public, max-age=0, must-revalidate')
      expect(await cacheControl(get, '/no-such-page')).toBe('public, max-age=0, must-revalidate')
      // Images named by their content (npm run images:mirror) never change; ones named by a person may.
      expect(await cacheControl(get, '/images/0123456789abcdef.png')).toBe('public, max-age=31536000, immutable')
      expect(await cacheControl(get, '/images/sizes/0123456789abcdef-480.webp')).toBe('public, max-age=31536000, immutable')
      expect(await cacheControl(get, '/images/2022-05-27-cover.png')).toBe('public, max-age=0, must-revalidate')
    })

    it.runIf(server === 'nginx')('compresses text', async () => {
      const response = await get('', { headers: { 'Accept-Encoding': 'gzip' } })
      expect(response.headers.get('content-encoding')).toBe('gzip')
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
    })
  })
}
