import { describe, expect, it } from 'vitest'

import { checkImportedIssue, convertHugoIssue } from '../convert'
import { readEventTime } from '../events'
import { readReleaseLine } from '../releases'
import { testRegistry } from './helpers'

describe('release lines', () => {
  it.each([
    ['发布 Seata v0.8.1，主要变更如下：', 'Seata', 'v0.8.1'],
    ['1、发布 MOSN v3.2.2 版本，主要变更如下：', 'MOSN', 'v3.2.2'],
    ['SOFAActs 1.0.1 版本发布，主要变更如下：', 'SOFAActs', '1.0.1'],
    ['本周 sofa-rpc 发布 v5.7.8 版本代码。主要更新如下：', 'sofa-rpc', 'v5.7.8'],
    ['1、SOFA-Common-Tools 发布1.2.1版本：', 'SOFA-Common-Tools', '1.2.1'],
    ['本周 Layotto 发布了 v0.1.0', 'Layotto', 'v0.1.0'],
    ['发布 SOFATracer v2.4.2/3.0.8，主要变更如下：', 'SOFATracer', 'v2.4.2'],
  ])('reads %s', (line, name, version) => {
    expect(readReleaseLine(line)).toEqual({ name, version })
  })

  it.each(['本周发布详情如下：', 'SOFAStack 社区定期发布适合新手的任务', '详细发布报告：'])('leaves %s alone', (line) => {
    expect(readReleaseLine(line)).toBeUndefined()
  })
})

describe('event times', () => {
  it.each([
    ['2020-07-30 19:00-20:00', { start: '2020-07-30T19:00+08:00', end: '2020-07-30T20:00+08:00' }],
    ['2022 年 6 月 1 日（周三）19:00-20:00', { start: '2022-06-01T19:00+08:00', end: '2022-06-01T20:00+08:00' }],
    ['6 月 1 日 19:00', { start: '2022-06-01T19:00+08:00', end: undefined }],
    ['2020年7月30日', { start: '2020-07-30' }],
  ])('reads %s', (text, expected) => {
    expect(readEventTime(text, '2022-05-27')).toEqual(expected)
  })

  it('puts a January event announced in December in the next year', () => {
    expect(readEventTime('1 月 5 日 19:00', '2022-12-23')?.start).toBe('2023-01-05T19:00+08:00')
  })

  it.each(['待定', '2022-02-30 19:00', '每周三晚上'])('cannot read %s', (text) => {
    expect(readEventTime(text, '2022-05-27')).toBeUndefined()
  })
})

const LEGACY = (body: string) => `---\ntitle: "SOFA Weekly | 示例"\ndate: 2022-05-27\n---\n\n${body}\n`

describe('converting release and event sections', () => {
  it('makes a release of the changes, with the notes link as its href, and an event of a live-stream section', () => {
    const registry = testRegistry()
    const { mdx, stats, warnings } = convertHugoIssue(
      LEGACY(`## 本周发布

**发布 Alpha v1.2.0，主要变更如下：**

- 更快
- 更稳

详细发布报告：[https://github.com/example/alpha/releases/tag/v1.2.0](https://github.com/example/alpha/releases/tag/v1.2.0)

## 社区直播报名

![海报](https://img.example.org/poster.png)

**本期主题：**《Alpha 的设计》

**直播时间：**2022-06-01 19:00-20:00

**报名方式：**点击“[这里](https://live.example.org/1)”，即可报名`),
      { sourceName: 'sofa-weekly-20220527.md', registry },
    )
    expect(stats).toMatchObject({ releases: 1, events: 1 })
    expect(warnings).toEqual([])
    expect(mdx).toContain('<Release project="alpha" version="v1.2.0" href="https://github.com/example/alpha/releases/tag/v1.2.0">\n  - 更快\n  - 更稳\n</Release>')
    expect(mdx).toContain('<Event title="Alpha 的设计" start="2022-06-01T19:00+08:00" end="2022-06-01T20:00+08:00" href="https://live.example.org/1" poster="https://img.example.org/poster.png">')
    expect(checkImportedIssue(mdx, '2022-05-27.mdx', registry.ids).filter((problem) => problem.severity === 'error')).toEqual([])
  })

  it('keeps hostile text inert: quotes, braces and tags in a title stay text of a valid file', () => {
    const registry = testRegistry()
    const { mdx } = convertHugoIssue(
      LEGACY(`## 社区活动预告

本期主题：《"/><script>alert(1)</script> {process.exit()} 的设计》

活动时间：2022-06-01 19:00`),
      { sourceName: 'sofa-weekly-20220527.md', registry },
    )
    const problems = checkImportedIssue(mdx, '2022-05-27.mdx', registry.ids)
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(mdx).not.toContain('<script>')
    // The legacy HTML is dropped as everywhere in an import; the braces are text of a string prop, never code.
    expect(mdx).toContain('<Event title="/>alert(1) {process.exit()} 的设计" start="2022-06-01T19:00+08:00">')
  })

  it('keeps a section whose time it cannot read as text, with a warning', () => {
    const { mdx, stats, warnings } = convertHugoIssue(LEGACY('## 社区活动预告\n\n活动时间：待定\n\n欢迎参加。'), {
      sourceName: 'sofa-weekly-20220527.md',
      registry: testRegistry(),
    })
    expect(stats.events).toBe(0)
    expect(mdx).toContain('活动时间：待定')
    expect(warnings.map((warning) => warning.message)).toEqual(['event time "待定" could not be read; kept as text'])
  })
})
