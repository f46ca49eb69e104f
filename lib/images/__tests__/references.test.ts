import { describe, expect, it } from 'vitest'

import { findImageReferences, rewriteReferences, type ImageReference, type Replacement } from '@/lib/images/references'

const issue = (body: string, cover = ''): string => `---\ntitle: T\ndate: 2024-01-05\n${cover}---\n\n${body}`

function rewriteAll(source: string, url = '/images/0123456789abcdef.png', width = 1080, height = 540): string {
  const { references } = findImageReferences(source)
  return rewriteReferences(source, new Map<ImageReference, Replacement>(references.map((r) => [r, { url, width, height }])))
}

describe('findImageReferences', () => {
  it('finds the cover, Markdown images, image definitions and banners, each at the line and column of its URL', () => {
    const source = issue(
      [
        'Text ![a https://x.example.org/a.png](https://x.example.org/a.png "https://x.example.org/a.png") more.',
        '',
        '<Contributors banner="https://x.example.org/banner.png" alt="People" />',
        '',
        '[A link](https://x.example.org/page.png) is not an image, nor is [a definition][page].',
        '',
        '![By reference][Logo]',
        '',
        '<QA asker="x">',
        '  <Question>',
        '    ![In a question](https://x.example.org/q.png)',
        '  </Question>',
        '  <Answer>A</Answer>',
        '</QA>',
        '',
        '[logo]: <https://x.example.org/logo.png> "Logo"',
        '[page]: https://x.example.org/page.html',
        '',
      ].join('\n'),
      "cover: 'https://x.example.org/cover.png' # the cover\n",
    )
    const { references, problem } = findImageReferences(source)
    expect(problem).toBeUndefined()
    expect(references.map(({ url, what, line, column }) => ({ url, what, line, column }))).toEqual([
      { url: 'https://x.example.org/cover.png', what: 'cover', line: 4, column: 9 },
      { url: 'https://x.example.org/a.png', what: 'image', line: 7, column: 39 },
      { url: 'https://x.example.org/banner.png', what: '<Contributors> banner', line: 9, column: 23 },
      { url: 'https://x.example.org/q.png', what: 'image', line: 17, column: 22 },
      { url: 'https://x.example.org/logo.png', what: 'image definition', line: 22, column: 10 },
    ])
    for (const reference of references) expect(source.slice(reference.start, reference.end)).toBe(reference.url)
  })

  it('reads CRLF files at the same places', () => {
    const source = issue('![a](https://x.example.org/a.png)\n', 'cover: https://x.example.org/c.png\n').replace(/\n/g, '\r\n')
    const { references } = findImageReferences(source)
    expect(references.map(({ line, column, start, end }) => [line, column, source.slice(start, end)])).toEqual([
      [4, 8, 'https://x.example.org/c.png'],
      [7, 6, 'https://x.example.org/a.png'],
    ])
  })

  it('says when a file cannot be read for images', () => {
    expect(findImageReferences('no front matter').problem).toBe('has no front matter')
    expect(findImageReferences(issue('<Contributors banner="x"')).problem).toBe('is not valid MDX')
  })

  it('leaves out a URL written with escapes, which it could not replace exactly', () => {
    expect(findImageReferences(issue('![a](https://x.example.org/a\\_b.png)\n')).references).toEqual([])
  })
})

describe('rewriteReferences', () => {
  it('replaces only the URLs, keeping quotes, titles and everything around them', () => {
    const source = issue('Text ![a](https://x.example.org/a.png "Title") and ![b][b].\n\n[b]: https://x.example.org/b.png\n', 'cover: "https://x.example.org/c.png"\n')
    expect(rewriteAll(source, '/images/ab.png')).toBe(
      issue('Text ![a](/images/ab.png "Title") and ![b][b].\n\n[b]: /images/ab.png\n', 'cover: "/images/ab.png"\n'),
    )
  })

  it('adds the banner size after the banner, on lines of their own when the banner has one', () => {
    expect(rewriteAll(issue('<Contributors\n  banner="https://x.example.org/b.png"\n  alt="People"\n/>\n'))).toBe(
      issue('<Contributors\n  banner="/images/0123456789abcdef.png"\n  width="1080"\n  height="540"\n  alt="People"\n/>\n'),
    )
    expect(rewriteAll(issue('<Contributors banner="https://x.example.org/b.png" alt="People" />\n'))).toBe(
      issue('<Contributors banner="/images/0123456789abcdef.png" width="1080" height="540" alt="People" />\n'),
    )
  })

  it('corrects a size the banner already states', () => {
    expect(rewriteAll(issue('<Contributors height="100" banner="https://x.example.org/b.png" alt="People" width="200" />\n'), '/images/x.png', 1200, 400)).toBe(
      issue('<Contributors height="400" banner="/images/x.png" alt="People" width="1200" />\n'),
    )
  })
})
