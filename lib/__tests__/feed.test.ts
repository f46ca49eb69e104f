import fs from 'node:fs'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, describe, expect, it } from 'vitest'

import { makeContentDir } from '@/lib/content/__tests__/helpers'
import { readContent } from '@/lib/content/load'
import { buildFeedData, FEED_LENGTH, renderAtom, renderJsonFeed, renderRss, type JsonFeed } from '@/lib/feed'

const SITE = 'https://weekly.example.org'
const SEED = `${SITE}/weekly/2022-05-27`

/** Parses XML after checking it is well-formed; repeated elements always come back as arrays. */
function parseXml(xml: string, lists: string[]): Record<string, unknown> {
  expect(XMLValidator.validate(xml)).toBe(true)
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => lists.includes(name),
  }).parse(xml) as Record<string, unknown>
}

interface RssItem {
  title: string
  link: string
  guid: { '#text': string }
  pubDate: string
  description: string
  'content:encoded': string
  'dc:creator'?: string
  category?: { '#text': string; '@domain': string }[]
}

interface AtomEntry {
  id: string
  title: { '#text': string }
  link: { '@href': string }
  published: string
  content: { '#text': string; '@type': string }
  author?: { name: string }[]
  category?: { '@term': string }[]
}

describe('the feeds of the sample content', () => {
  const data = buildFeedData(readContent(path.resolve('content')))
  const seed = readContent(path.resolve('content')).issues.find((issue) => issue.slug === '2022-05-27')!

  /** The seed issue's full content, however the format quoted it. */
  const expectSeedContent = (html: string) => {
    expect(html).toContain('RpcInvokeContextv6')
    expect(html).toContain('MOSN 对接 dubbo 目前注册中心支持 zk 吗？')
    for (const reading of seed.reading) {
      expect(html).toContain(`<a href="${reading.href.replaceAll('&', '&#x26;')}">${reading.title}</a>`)
    }
    expect(html).toContain('<h3>Hard</h3>')
  }

  it('RSS 2.0 parses, lists every issue newest first with absolute links, summary and full content', () => {
    const xml = renderRss(data)
    const rss = parseXml(xml, ['item', 'category']).rss as { '@version': string; channel: Record<string, unknown> }
    expect(rss['@version']).toBe('2.0')
    expect(rss.channel).toMatchObject({ title: 'SOFA Weekly', link: SITE, language: 'zh-CN' })
    expect(rss.channel['atom:link']).toMatchObject({ '@href': `${SITE}/feed.xml`, '@rel': 'self' })
    expect(rss.channel.lastBuildDate).toBe('Fri, 27 May 2022 00:00:00 GMT')
    const items = rss.channel.item as RssItem[]
    expect(items.map((item) => item.link)).toEqual([SEED, `${SITE}/weekly/2022-05-20`, `${SITE}/weekly/2022-05-13`])
    const [first] = items
    expect(first).toMatchObject({
      title: 'SOFA Weekly | Kusion 开源啦、本周 QA、本周 Contributor',
      guid: { '#text': SEED },
      pubDate: 'Fri, 27 May 2022 00:00:00 GMT',
      description: 'SOFA Weekly | Kusion 开源啦、本周 QA、本周 Contributor',
      'dc:creator': 'sofastack',
      category: [{ '#text': 'SOFA Weekly', '@domain': `${SITE}/tags/sofa-weekly` }],
    })
    expectSeedContent(first!['content:encoded'])
  })

  it('Atom parses, with ids, links, dates, authors, categories and the full content as HTML', () => {
    const feed = parseXml(renderAtom(data), ['entry', 'author', 'category', 'link']).feed as Record<string, unknown>
    expect(feed).toMatchObject({ '@xmlns': 'http://www.w3.org/2005/Atom', id: SITE, updated: '2022-05-27T00:00:00.000Z' })
    expect(feed.link).toEqual([
      { '@rel': 'alternate', '@href': SITE },
      { '@rel': 'self', '@href': `${SITE}/atom.xml` },
    ])
    const entries = feed.entry as AtomEntry[]
    expect(entries).toHaveLength(3)
    const [first] = entries
    expect(first).toMatchObject({
      id: SEED,
      title: { '#text': 'SOFA Weekly | Kusion 开源啦、本周 QA、本周 Contributor' },
      link: [{ '@href': SEED }],
      published: '2022-05-27T00:00:00.000Z',
      content: { '@type': 'html' },
      author: [{ name: 'sofastack' }],
      category: [{ '@term': 'SOFA Weekly' }],
    })
    expectSeedContent(first!.content['#text'])
  })

  it('JSON Feed 1.1 parses, with the same items', () => {
    const feed = JSON.parse(renderJsonFeed(data)) as JsonFeed
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'SOFA Weekly',
      home_page_url: SITE,
      feed_url: `${SITE}/feed.json`,
      language: 'zh-CN',
    })
    expect(feed.items.map((item) => item.url)).toEqual([SEED, `${SITE}/weekly/2022-05-20`, `${SITE}/weekly/2022-05-13`])
    expect(feed.items[0]).toMatchObject({
      id: SEED,
      date_published: '2022-05-27T00:00:00.000Z',
      authors: [{ name: 'sofastack' }],
      tags: ['SOFA Weekly'],
    })
    expectSeedContent(feed.items[0]!.content_html)
  })

  it('uses absolute URLs only', () => {
    for (const feed of [renderRss(data), renderAtom(data), renderJsonFeed(data)]) {
      const urls = [...feed.replaceAll('&quot;', '"').matchAll(/(?:href|src)=\\?"([^"\\]*)\\?"/g)].map((m) => m[1] ?? '')
      expect(urls.length).toBeGreaterThan(20)
      expect(urls.filter((url) => !/^(https?:|mailto:)/.test(url))).toEqual([])
    }
  })
})

describe('the feeds of many issues', () => {
  // Weekly issues from 2025-01-03 on (newer than the fixture's), a few more than a feed carries.
  const dates = Array.from({ length: FEED_LENGTH + 5 }, (_, week) => new Date(Date.UTC(2025, 0, 3 + 7 * week)).toISOString().slice(0, 10))
  const dir = makeContentDir(Object.fromEntries(dates.map((date) => [`${date}.mdx`, `---\ntitle: Issue of ${date}\ndate: ${date}\n---\n\nNews.\n`])))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it(`carry the latest ${FEED_LENGTH}, newest first`, () => {
    const content = readContent(dir)
    const data = buildFeedData(content)
    const newest = dates.toReversed().slice(0, FEED_LENGTH).map((date) => `https://fixture.example.org/weekly/${date}`)
    expect(data.entries.map((entry) => entry.url)).toEqual(newest)
    const rss = parseXml(renderRss(data), ['item']).rss as { channel: { item: RssItem[] } }
    expect(rss.channel.item.map((item) => item.link)).toEqual(newest)
    expect((JSON.parse(renderJsonFeed(data)) as JsonFeed).items).toHaveLength(FEED_LENGTH)
  })
})

describe('the feeds of awkward content', () => {
  const dir = makeContentDir({
    '2024-02-01.mdx': [
      '---',
      'title: "Tags <b>with</b> markup & \\"quotes\\" ]]> too"',
      'date: 2024-02-01',
      'tags: ["a<b", "say \\"hi\\"", "R&D"]',
      'draft: false',
      '---',
      '',
      'Text with ]]> and <kbd>&</kbd>.',
      '',
    ].join('\n'),
    '2024-02-02.mdx': '---\ntitle: Not yet\ndate: 2024-02-02\ndraft: true\n---\n\nDraft.\n',
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const data = buildFeedData(readContent(dir))

  it('leave drafts out', () => {
    expect(data.entries.map((entry) => entry.url)).not.toContain('https://fixture.example.org/weekly/2024-02-02')
  })

  it('stay well-formed XML whatever the title, tags and body hold', () => {
    const rss = parseXml(renderRss(data), ['item', 'category']).rss as { channel: { item: RssItem[] } }
    const item = rss.channel.item[0]!
    expect(item.title).toBe('Tags <b>with</b> markup & "quotes" ]]> too')
    expect(item['content:encoded']).toBe('<p>Text with ]]> and <kbd>&#x26;</kbd>.</p>')
    expect(item.category?.map((c) => c['#text'])).toEqual(['a<b', 'say "hi"', 'R&D'])
    const atom = parseXml(renderAtom(data), ['entry', 'category']).feed as { entry: AtomEntry[] }
    expect(atom.entry[0]?.category?.map((c) => c['@term'])).toEqual(['a<b', 'say "hi"', 'R&D'])
  })
})
