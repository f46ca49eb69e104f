import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkContent } from '@/lib/content/load'
import { VALID_CONTENT } from '@/lib/content/__tests__/helpers'
import { mirrorImages, type MirrorReport } from '@/lib/images/mirror'
import { contentHash } from '@/lib/images/policy'

import { endlessStream, makeImage, makePixelBomb, redirect, serve, slow, startServer, type TestServer } from './helpers'

/** Every file under `dir` with its bytes and modification time, to prove a second run touches nothing. */
function snapshot(dir: string): Record<string, { size: number; mtimeMs: number; hash: string }> {
  const entries = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).toSorted()
  return Object.fromEntries(
    entries
      .filter((name) => fs.lstatSync(path.join(dir, name)).isFile())
      .map((name) => {
        const file = path.join(dir, name)
        const stat = fs.statSync(file)
        return [name, { size: stat.size, mtimeMs: stat.mtimeMs, hash: contentHash(fs.readFileSync(file)) }]
      }),
  )
}

/** Where the mirror stores an image: named by its content. */
function stored(bytes: Buffer, extension: string): string {
  return `/images/${contentHash(bytes)}.${extension}`
}

/** The warning for a reference that could not be mirrored. */
function at(line: number, column: number, url: string, reason: string): string {
  return `content/weekly/2024-01-19.mdx:${line}:${column} image "${url}" was not mirrored: ${reason}; the reference is unchanged`
}

async function makeImages() {
  return {
    banner: await makeImage('png', 2000, 1000, 30),
    photo: await makeImage('jpeg', 800, 600, 120),
    moved: await makeImage('png', 1080, 540, 250),
    mislabelled: await makeImage('webp', 300, 200, 300),
    gif: await makeImage('gif', 120, 80, 60),
  }
}

describe('npm run images:mirror against a local server', { timeout: 60_000 }, () => {
  let server: TestServer
  let root: string
  let issue: string
  let publicDir: string
  let original: string
  let first: MirrorReport
  let images: Awaited<ReturnType<typeof makeImages>>
  const previousCwd = process.cwd()

  beforeAll(async () => {
    images = await makeImages()
    server = await startServer({
      '/banner.png': serve(images.banner, 'image/png'),
      '/copy-of-banner.png': serve(images.banner, 'image/png'),
      '/photo.jpg': serve(images.photo, 'image/jpeg'),
      '/animation.gif': serve(images.gif, 'image/gif'),
      '/redirect': redirect('/moved.png', 301),
      '/moved.png': serve(images.moved, 'image/png'),
      '/redirect-away': redirect((s) => `${s.origin.replace('127.0.0.1', 'localhost')}/banner.png`),
      '/redirect-loop': redirect('/redirect-loop'),
      '/wrong-type': serve(images.mislabelled, 'text/html; charset=utf-8'),
      '/page.png': serve('<!DOCTYPE html><html><body>Sign in to see this image</body></html>', 'image/png'),
      '/drawing.png': serve('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>', 'image/png'),
      '/announced-huge.png': serve(Buffer.concat([images.banner, Buffer.alloc(3 * 1024 * 1024)]), 'image/png'),
      '/endless.png': endlessStream('endless'),
      '/slow.png': slow(images.photo, 5_000),
      '/stalls.png': slow(images.photo, 5_000, true),
      '/bomb.png': serve(makePixelBomb(30_000, 30_000), 'image/png'),
    })

    root = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-mirror-'))
    fs.cpSync(VALID_CONTENT, path.join(root, 'content'), { recursive: true })
    publicDir = path.join(root, 'public')
    issue = path.join(root, 'content', 'weekly', '2024-01-19.mdx')
    const o = server.origin
    original = [
      '---',
      'title: Images from everywhere',
      'date: 2024-01-19',
      `cover: "${o}/banner.png"`,
      '---',
      '',
      `A photo ![the team](${o}/photo.jpg "At the meetup") and the banner again ![banner](${o}/copy-of-banner.png).`,
      '',
      '<Contributors',
      `  banner="${o}/redirect"`,
      '  alt="This week\'s contributors"',
      '/>',
      '',
      `![moving](${o}/animation.gif)`,
      '',
      `![missing](${o}/missing.png)`,
      `![elsewhere](${o}/redirect-away)`,
      `![loop](${o}/redirect-loop)`,
      `![labelled as a page][mislabelled]`,
      `![a page](${o}/page.png)`,
      `![a drawing](${o}/drawing.png)`,
      `![announced](${o}/announced-huge.png)`,
      `![endless](${o}/endless.png)`,
      `![slow](${o}/slow.png)`,
      `![stalls](${o}/stalls.png)`,
      `![bomb](${o}/bomb.png)`,
      '![not allowed](https://images.example.org/picture.png)',
      '',
      `[mislabelled]: ${o}/wrong-type`,
      '',
    ].join('\n')
    fs.writeFileSync(issue, original)
    fs.chmodSync(issue, 0o640)

    first = await mirrorImages({
      files: [issue],
      publicDir,
      allowHosts: ['127.0.0.1'],
      timeoutMs: 1_000,
      display: (file) => path.relative(root, file),
    })
  })

  afterAll(async () => {
    process.chdir(previousCwd)
    await server.close()
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('rewrites the references it mirrored, to content-hashed files, and leaves every other byte as it was', () => {
    const o = server.origin
    const expected = original
      .replace(`cover: "${o}/banner.png"`, `cover: "${stored(images.banner, 'png')}"`)
      .replace(`(${o}/photo.jpg "At the meetup")`, `(${stored(images.photo, 'jpg')} "At the meetup")`)
      .replace(`(${o}/copy-of-banner.png)`, `(${stored(images.banner, 'png')})`)
      .replace(`  banner="${o}/redirect"\n`, `  banner="${stored(images.moved, 'png')}"\n  width="1080"\n  height="540"\n`)
      .replace(`(${o}/animation.gif)`, `(${stored(images.gif, 'gif')})`)
      .replace(`[mislabelled]: ${o}/wrong-type`, `[mislabelled]: ${stored(images.mislabelled, 'webp')}`)
    expect(fs.readFileSync(issue, 'utf8')).toBe(expected)
    expect(fs.statSync(issue).mode & 0o777).toBe(0o640)
    expect(first.rewritten).toBe(6)
    expect(first.filesChanged).toEqual([issue])
  })

  it('keeps every reference it could not mirror, with a warning at its line saying why', () => {
    const o = server.origin
    expect(first.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`)).toEqual([
      at(16, 12, `${o}/missing.png`, 'HTTP 404 Not Found'),
      at(17, 14, `${o}/redirect-away`, `redirects to ${o.replace('http://127.0.0.1', 'localhost')}, which is not on the allow-list (--allow-host)`),
      at(18, 9, `${o}/redirect-loop`, 'more than 5 redirects'),
      at(20, 11, `${o}/page.png`, 'is not a PNG, JPEG, GIF, WebP or AVIF image (it is an HTML page)'),
      at(21, 14, `${o}/drawing.png`, 'is not a PNG, JPEG, GIF, WebP or AVIF image (it is an SVG image, which can run script)'),
      at(22, 14, `${o}/announced-huge.png`, `is ${((images.banner.length + 3 * 1024 * 1024) / 1024 / 1024).toFixed(1)} MB, over the limit of 2.0 MB (--max-bytes)`),
      at(23, 12, `${o}/endless.png`, 'is over the limit of 2.0 MB (--max-bytes)'),
      at(24, 9, `${o}/slow.png`, 'did not finish within 1 s (--timeout)'),
      at(25, 11, `${o}/stalls.png`, 'did not finish within 1 s (--timeout)'),
      at(26, 9, `${o}/bomb.png`, 'is 30000 × 30000 pixels, more than the 40 million this site decodes'),
      at(27, 16, 'https://images.example.org/picture.png', 'host images.example.org is not on the allow-list (--allow-host)'),
    ])
    // The endless body was cut off soon after the limit, not read to its end.
    expect(server.streamed.get('endless')).toBeLessThan(8 * 1024 * 1024)
    // A host off the allow-list is never asked, nor the host a redirect pointed to.
    expect(server.requests.filter((p) => p === '/banner.png')).toHaveLength(1)
  })

  it('stores each image once, as its own bytes, with WebP sizes of PNG and JPEG images at their real sizes', async () => {
    const dir = path.join(publicDir, 'images')
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).toSorted()
    const banner = contentHash(images.banner)
    const photo = contentHash(images.photo)
    const moved = contentHash(images.moved)
    expect(files).toEqual(
      [
        `${banner}.png`,
        `${photo}.jpg`,
        `${moved}.png`,
        `${contentHash(images.gif)}.gif`,
        `${contentHash(images.mislabelled)}.webp`,
        'sizes',
        `sizes/${banner}-480.webp`,
        `sizes/${banner}-960.webp`,
        `sizes/${banner}-1600.webp`,
        `sizes/${photo}-480.webp`,
        `sizes/${photo}-800.webp`,
        `sizes/${moved}-480.webp`,
        `sizes/${moved}-1080.webp`,
      ].toSorted(),
    )
    expect(fs.readFileSync(path.join(dir, `${banner}.png`)).equals(images.banner)).toBe(true)
    const size = await sharp(path.join(dir, 'sizes', `${banner}-960.webp`)).metadata()
    expect([size.format, size.width, size.height]).toEqual(['webp', 960, 480])
    expect(first.images.map(({ url, src, width, height, type }) => ({ url: url.replace(server.origin, ''), src, width, height, type })).toSorted((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: '/animation.gif', src: stored(images.gif, 'gif'), width: 120, height: 80, type: 'gif' },
      { url: '/banner.png', src: stored(images.banner, 'png'), width: 2000, height: 1000, type: 'png' },
      { url: '/copy-of-banner.png', src: stored(images.banner, 'png'), width: 2000, height: 1000, type: 'png' },
      { url: '/photo.jpg', src: stored(images.photo, 'jpg'), width: 800, height: 600, type: 'jpeg' },
      { url: '/redirect', src: stored(images.moved, 'png'), width: 1080, height: 540, type: 'png' },
      { url: '/wrong-type', src: stored(images.mislabelled, 'webp'), width: 300, height: 200, type: 'webp' },
    ])
    expect(fs.readdirSync(path.dirname(issue)).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('leaves content that validates: the mirrored images exist, with their sizes', () => {
    process.chdir(root)
    const { problems } = checkContent(path.join(root, 'content'))
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(problems.filter((p) => p.message.includes('/images/'))).toEqual([])
  })

  it('changes nothing when run again, and asks only for the images it could not mirror', async () => {
    const before = snapshot(root)
    const requested = server.requests.length
    const again = await mirrorImages({ files: [issue], publicDir, allowHosts: ['127.0.0.1'], timeoutMs: 1_000 })
    expect(snapshot(root)).toEqual(before)
    expect([again.rewritten, again.filesChanged, again.written, again.images]).toEqual([0, [], [], []])
    expect(again.warnings).toHaveLength(first.warnings.length)
    const asked = new Set(server.requests.slice(requested))
    for (const mirrored of ['/banner.png', '/copy-of-banner.png', '/photo.jpg', '/redirect', '/moved.png', '/wrong-type', '/animation.gif']) {
      expect(asked.has(mirrored)).toBe(false)
    }
    expect(asked.has('/missing.png')).toBe(true)
  })
})
