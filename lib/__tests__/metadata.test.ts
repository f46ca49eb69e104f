import { describe, expect, it } from 'vitest'

import { getIssue } from '@/lib/content'
import { defaultMetadata, issueJsonLd, issueMetadata, listingMetadata, pageMetadata, serializeJsonLd } from '@/lib/metadata'
import { absoluteUrl, displayHost, routes } from '@/lib/urls'

// The sample content (content/), as the build sees it.
const SITE = 'https://weekly.example.org'
const seed = getIssue('2022-05-27')!

describe('absoluteUrl', () => {
  it('appends site-relative paths to the site address, keeping a sub-path', () => {
    expect(absoluteUrl('/weekly/2022-05-27')).toBe(`${SITE}/weekly/2022-05-27`)
    expect(absoluteUrl('/')).toBe(SITE)
    expect(absoluteUrl('/feed.xml', 'https://example.org/weekly')).toBe('https://example.org/weekly/feed.xml')
    expect(absoluteUrl('/', 'https://example.org/weekly')).toBe('https://example.org/weekly')
    expect(displayHost('https://example.org/weekly')).toBe('example.org/weekly')
    expect(routes.tag('示例')).toBe(`/tags/${encodeURIComponent('示例')}`)
  })
})

describe('page metadata', () => {
  it('gives an issue its canonical URL, feeds, article card and own social image, all absolute', () => {
    const metadata = issueMetadata(seed)
    expect(metadata.title).toBe(seed.title)
    expect(metadata.description).toBe(seed.summary)
    expect(metadata.alternates).toEqual({
      canonical: `${SITE}/weekly/2022-05-27`,
      types: {
        'application/rss+xml': [{ url: `${SITE}/feed.xml`, title: 'SOFA Weekly RSS 订阅' }],
        'application/atom+xml': [{ url: `${SITE}/atom.xml`, title: 'SOFA Weekly Atom 订阅' }],
        'application/feed+json': [{ url: `${SITE}/feed.json`, title: 'SOFA Weekly JSON Feed 订阅' }],
      },
    })
    const image = { url: `${SITE}/weekly/2022-05-27/og.png`, width: 1200, height: 630, type: 'image/png', alt: `SOFA Weekly：${seed.title}` }
    expect(metadata.openGraph).toEqual({
      type: 'article',
      url: `${SITE}/weekly/2022-05-27`,
      siteName: 'SOFA Weekly',
      locale: 'zh_CN',
      title: seed.title,
      description: seed.summary,
      images: [image],
      publishedTime: '2022-05-27',
      authors: ['sofastack'],
      tags: ['SOFA Weekly'],
    })
    expect(metadata.twitter).toEqual({ card: 'summary_large_image', title: seed.title, description: seed.summary, images: [image] })
    expect(metadata.robots).toBeUndefined()
  })

  it('gives other pages the site card, and the home page the site name', () => {
    const tasks = pageMetadata({ path: routes.tasks, title: '新手任务' })
    expect(tasks.openGraph).toMatchObject({ type: 'website', url: `${SITE}/tasks`, title: '新手任务', images: [{ url: `${SITE}/og.png` }] })
    expect(pageMetadata({ path: routes.home }).openGraph).toMatchObject({ title: 'SOFA Weekly', url: SITE })
  })

  it('gives each page of a list its own canonical URL and a title naming its filters and page number', () => {
    const page = listingMetadata({ path: '/qa/project/sofa-rpc/page/2', title: '问答', description: '读者问答', filters: ['SOFARPC'], page: 2 })
    expect(page.title).toBe('问答 · SOFARPC · 第 2 页')
    expect(page.alternates?.canonical).toBe(`${SITE}/qa/project/sofa-rpc/page/2`)
    expect(page.openGraph).toMatchObject({ url: `${SITE}/qa/project/sofa-rpc/page/2`, title: '问答 · SOFARPC · 第 2 页', description: '读者问答' })
    expect(listingMetadata({ path: '/qa', title: '问答', filters: [], page: 1 }).title).toBe('问答')
  })

  it('leaves the canonical URL to each page in the layout defaults', () => {
    const metadata = defaultMetadata()
    expect(metadata.alternates).toEqual({ types: expect.objectContaining({ 'application/rss+xml': expect.any(Array) }) })
    expect(metadata.openGraph).toMatchObject({ siteName: 'SOFA Weekly', images: [{ url: `${SITE}/og.png` }] })
    expect(metadata.openGraph).not.toHaveProperty('url', expect.anything())
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })

  it('keeps drafts out of search engines', () => {
    expect(issueMetadata({ ...seed, draft: true }).robots).toEqual({ index: false, follow: true })
  })
})

describe('JSON-LD', () => {
  it('describes an issue as a BlogPosting', () => {
    expect(issueJsonLd(seed)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: seed.title,
      datePublished: '2022-05-27',
      url: `${SITE}/weekly/2022-05-27`,
      inLanguage: 'zh-CN',
      image: [`${SITE}/weekly/2022-05-27/og.png`, `${SITE}/images/2022-05-27-cover.png`],
      author: [{ '@type': 'Organization', name: 'sofastack' }],
      publisher: { '@type': 'Organization', name: 'SOFA Weekly', url: SITE },
    })
  })

  it('cannot close its script element, and reads back the same', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- & -->' }
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>&]/)
    expect(JSON.parse(json)).toEqual(data)
  })
})
