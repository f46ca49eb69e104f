import { describe, expect, it } from 'vitest'

import { importFixture } from './helpers'

describe('reading lists', () => {
  const { issue, body, warnings } = importFixture('reading.md')

  it('keeps every link of a reading section, in order, with its title', () => {
    expect(issue.reading.map(({ title, href, source }) => ({ title, href, source }))).toEqual([
      { title: 'Alpha 的设计与实现', href: 'https://mp.weixin.qq.com/s?__biz=EXAMPLE&mid=1', source: '示例技术周刊' },
      { title: '站内文章', href: 'https://legacy.example.org/blog/alpha-design/', source: undefined },
      { title: '单独一段的链接', href: 'https://example.org/post', source: undefined },
      // A title paragraph, then its linked cover image.
      { title: 'Beta 的三个故事', href: 'https://mp.weixin.qq.com/s?__biz=EXAMPLE&mid=2', source: '示例技术周刊' },
      // A lead the title already says is dropped; one it does not say is kept.
      { title: '性能优化实践 | Channel#2 回顾', href: 'https://example.org/channel-2', source: undefined },
      { title: '第一期：从零开始', href: 'https://example.org/channel-1', source: undefined },
    ])
    expect(warnings).toEqual([])
  })

  it('leaves what is not a link in place, and links outside reading sections as Markdown', () => {
    // The QR code was quoted to set it apart; it stays, as an image.
    expect(body).toContain('</ReadingList>\n\n更多文章请扫码关注“示例技术周刊”公众号\n\n![](https://img.example.org/qr.png)\n\n## 直播回顾集合')
    expect(body).toContain('## 本周发布\n\n- [v1.0 发布说明](https://github.com/example/alpha/releases/tag/v1.0)\n')
  })
})
