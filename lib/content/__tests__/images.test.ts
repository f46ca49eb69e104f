import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getLargestImage, resolveLocalImage } from '../images'
import { checkContent } from '../load'
import { formatProblem } from '../problems'
import { makeContentDir } from './helpers'
import { writeOptimisedSizes } from '@/lib/images/files'
import { makeImage, makeNoisyPng } from '@/lib/images/__tests__/helpers'

/** A content folder with the issue 2024-01-19 made of these front matter lines and body lines. */
function issueWith(frontMatter: string[], body: string[]): string {
  return makeContentDir({ '2024-01-19.mdx': ['---', 'title: Local images', 'date: 2024-01-19', ...frontMatter, '---', '', ...body, ''].join('\n') })
}

const UNSAFE = 'must name a file inside public/images by plain names (letters, digits, "-", "_", "."), without "..", encoded characters or backslashes'

describe('images of this site, in public/images', { timeout: 30_000 }, () => {
  let root: string
  let publicDir: string
  let images: string
  const previousCwd = process.cwd()

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-public-'))
    publicDir = path.join(root, 'public')
    images = path.join(publicDir, 'images')
    fs.mkdirSync(path.join(images, '2024'), { recursive: true })
    const cover = await makeImage('png', 1200, 500)
    fs.writeFileSync(path.join(images, 'cover.png'), cover)
    await writeOptimisedSizes(cover, { type: 'png', width: 1200, height: 500, animated: false }, publicDir)
    fs.writeFileSync(path.join(images, '2024', 'photo.jpg'), await makeImage('jpeg', 640, 480))
    fs.writeFileSync(path.join(images, 'animation.gif'), await makeImage('gif', 200, 100))
    fs.writeFileSync(path.join(images, 'huge.png'), await makeNoisyPng(1000, 1000))
    fs.writeFileSync(path.join(images, 'drawing.png'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    fs.writeFileSync(path.join(images, 'notes.txt'), 'not an image')

    // Valid images outside public/images, which no reference may reach.
    const secret = await makeImage('png', 10, 10)
    fs.mkdirSync(path.join(root, 'etc'))
    fs.writeFileSync(path.join(root, 'etc', 'passwd'), secret)
    fs.writeFileSync(path.join(publicDir, 'secret.png'), secret)
    fs.mkdirSync(path.join(root, 'outside'))
    fs.writeFileSync(path.join(root, 'outside', 'x.png'), secret)
    fs.symlinkSync(path.join(root, 'etc', 'passwd'), path.join(images, 'link.png'))
    fs.symlinkSync(path.join(root, 'outside'), path.join(images, 'linked'))
    spawnSync('mkfifo', [path.join(images, 'pipe.png')])
  })

  afterAll(() => {
    process.chdir(previousCwd)
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('reads an image with its real size and its optimised sizes', () => {
    expect(resolveLocalImage('/images/cover.png?v=2#top', publicDir)).toEqual({
      image: {
        src: '/images/cover.png',
        type: 'png',
        bytes: fs.statSync(path.join(images, 'cover.png')).size,
        width: 1200,
        height: 500,
        sizes: [
          { width: 480, src: expect.stringMatching(/^\/images\/sizes\/[0-9a-f]{16}-480\.webp$/) },
          { width: 960, src: expect.stringMatching(/^\/images\/sizes\/[0-9a-f]{16}-960\.webp$/) },
          { width: 1200, src: expect.stringMatching(/^\/images\/sizes\/[0-9a-f]{16}-1200\.webp$/) },
        ],
        sizesMissing: false,
      },
    })
    expect(resolveLocalImage('/images/2024/photo.jpg', publicDir).image).toMatchObject({ type: 'jpeg', width: 640, height: 480, sizes: [], sizesMissing: true })
    // GIFs get no optimised sizes, so none are missing.
    expect(resolveLocalImage('/images/animation.gif', publicDir).image).toMatchObject({ type: 'gif', sizes: [], sizesMissing: false })
  })

  it('never reads outside public/images, however the path is written', () => {
    const open = vi.spyOn(fs, 'openSync')
    for (const url of [
      '/images/../../etc/passwd',
      '/images/../secret.png',
      '/images/%2e%2e/secret.png',
      '/images/%2E%2E/%2e%2e/etc/passwd',
      '/images/..%2fsecret.png',
      '/images/..%2F..%2Fetc%2Fpasswd',
      '/images/..\\secret.png',
      '/images/%5c..%5csecret.png',
      '/images//etc/passwd',
      '/images/./cover.png',
      '/images/.hidden.png',
      '/images/cover.png%00.jpg',
      '/images/%E5%B0%81%E9%9D%A2.png',
      '/images/',
    ]) {
      expect(resolveLocalImage(url, publicDir), url).toEqual({ problem: UNSAFE })
    }
    expect(resolveLocalImage('/images/link.png', publicDir)).toEqual({ problem: 'is a symbolic link; put the image itself in public/images' })
    expect(resolveLocalImage('/images/linked/x.png', publicDir)).toEqual({
      problem: 'leads through public/images/linked, which is a symbolic link; images are read only from real folders',
    })
    expect(resolveLocalImage('/images/pipe.png', publicDir)).toEqual({ problem: 'is not a file' })
    expect(resolveLocalImage('/images/cover.png/x.png', publicDir)).toEqual({ problem: 'leads through public/images/cover.png, which is not a folder' })
    expect(open).not.toHaveBeenCalled()
    open.mockRestore()
  })

  it('refuses a public/images that is itself a symbolic link', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-public-link-'))
    fs.symlinkSync(images, path.join(elsewhere, 'images'))
    expect(resolveLocalImage('/images/cover.png', elsewhere)).toEqual({
      problem: 'leads through public/images, which is a symbolic link; images are read only from real folders',
    })
    fs.rmSync(elsewhere, { recursive: true })
  })

  it('reports every reference to a missing, unsafe or unusable image at its line, and warns about large ones', () => {
    process.chdir(root)
    const dir = issueWith(
      ['cover: /images/missing-cover.png'],
      [
        '![Cover](/images/cover.png) ![Photo](/images/2024/photo.jpg) ![Noise](/images/huge.png)',
        '',
        '<Contributors banner="/images/link.png" alt="People" />',
        '',
        '[Notes](/images/notes.txt), [the drawing](/images/drawing.png), [a secret](/images/..%2fsecret.png).',
        '',
        '<ReadingList>',
        '  <Reading title="Elsewhere" href="/images/linked/x.png" />',
        '</ReadingList>',
      ],
    )
    const { problems } = checkContent(dir)
    const file = path.join(dir, 'weekly', '2024-01-19.mdx')
    expect(problems.filter((p) => p.file === file).map(formatProblem)).toEqual([
      `${file}:4:1 cover "/images/missing-cover.png" does not exist in public/images; add the file there, or correct the path`,
      `${file}:7:29 warning: image "/images/2024/photo.jpg" has no optimised sizes yet; run npm run images:mirror to make them`,
      `${file}:7:62 warning: image "/images/huge.png" is 2.9 MB; images may be at most 2.0 MB: make it smaller (fewer pixels, or JPEG for photos)`,
      `${file}:7:62 warning: image "/images/huge.png" has no optimised sizes yet; run npm run images:mirror to make them`,
      `${file}:9:15 <Contributors> banner "/images/link.png" is a symbolic link; put the image itself in public/images`,
      `${file}:11:1 link "/images/notes.txt" is not a PNG, JPEG, GIF, WebP or AVIF image (it is not a known image format)`,
      `${file}:11:29 link "/images/drawing.png" is not a PNG, JPEG, GIF, WebP or AVIF image (it is an SVG image, which can run script)`,
      `${file}:11:65 link "/images/..%2fsecret.png" ${UNSAFE}`,
      `${file}:14:30 <Reading> href "/images/linked/x.png" leads through public/images/linked, which is a symbolic link; images are read only from real folders`,
    ])
    fs.rmSync(dir, { recursive: true })
  })

  it('picks the largest image of an issue to load first', () => {
    process.chdir(root)
    const dir = issueWith(
      [],
      [
        '![Photo](/images/2024/photo.jpg) ![Remote](https://x.example.org/a.png)',
        '',
        '<Contributors banner="https://x.example.org/banner.png" alt="People" width="1000" height="250" />',
        '',
        '![Cover](/images/cover.png)',
      ],
    )
    const issue = checkContent(dir).content?.issues.find((i) => i.slug === '2024-01-19')
    if (!issue) throw new Error('the issue did not load')
    // Shown across the column (864 px): the cover is 864 × 360, the banner 864 × 216, the photo 640 × 480.
    expect(getLargestImage(issue)).toBe('/images/cover.png')
    fs.rmSync(dir, { recursive: true })
  })
})
