import { describe, expect, it } from 'vitest'

import { importFixture } from './helpers'

describe('contributor banners', () => {
  const { issue } = importFixture('contributors.md')

  it('turns the first image of a contributors section into a banner with alt text', () => {
    expect(issue.contributors).toEqual([
      // The legacy alt is a file name: the heading says who the banner features.
      { banner: { src: 'https://img.example.org/contributors-1.png', alt: '社区本周 Contributor', width: undefined, height: undefined }, people: [] },
      // A quoted image under a bold line; its own alt is meaningful and kept.
      { banner: { src: 'https://img.example.org/contributors-2.png', alt: '本周贡献者：小明、小红', width: undefined, height: undefined }, people: [] },
    ])
  })

  it('makes bold section lines headings, at the level of the issue’s other sections', () => {
    expect(issue.headings.map(({ depth, text }) => ({ depth, text }))).toEqual([
      { depth: 2, text: 'EXAMPLE WEEKLY | 每周精选' },
      { depth: 3, text: '社区本周 Contributor' },
      { depth: 3, text: '社区本周贡献' },
      { depth: 3, text: '本周推荐阅读' },
    ])
    expect(issue.reading.map(({ title, href }) => ({ title, href }))).toEqual([{ title: '一篇文章', href: 'https://example.org/article' }])
  })
})
