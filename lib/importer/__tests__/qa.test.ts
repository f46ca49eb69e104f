import { describe, expect, it } from 'vitest'

import { readAskerLine } from '../qa'
import { countAnswerParagraphs, importFixture, markdownInside, readFixture } from './helpers'

describe('readAskerLine', () => {
  it.each([
    ['@周衡 提问：', { asker: '周衡' }],
    ['1、@瀚墨 提问：', { asker: '瀚墨' }],
    ['1.@有时候 提问：', { asker: '有时候' }],
    ['1、@汪辉 提问', { asker: '汪辉' }],
    ['1、@张思雨提问：', { asker: '张思雨' }],
    ['1. 信广健 提问:', { asker: '信广健' }],
    ['2. 肖文璧 提问', { asker: '肖文璧' }],
    ['1. 小白', { asker: '小白' }],
    ['1.@linkoog #602', { asker: 'linkoog', issue: '602' }],
    ['@rust-rust 提问：', { asker: 'rust-rust' }],
    ['@孙七 提问：写在提问行上的问题？', { asker: '孙七', question: '写在提问行上的问题？' }],
  ])('reads %s', (line, expected) => {
    expect(readAskerLine(line)).toEqual({ issue: undefined, question: undefined, ...expected })
  })

  it.each([
    '欢迎大家向公众号留言提问或在群里与我们互动',
    '2、如果注册的时候 resourceIds 为空，很有可能数据源没代理成功。',
    '本周各项目回复 issue 共计 4 条',
    '详细参考：看这里',
    '我们会筛选重点问题',
  ])('leaves prose alone: %s', (line) => {
    expect(readAskerLine(line)).toBeUndefined()
  })
})

describe('Q&A sections', () => {
  const { issue, body, warnings, registry } = importFixture('qa-variants.md')

  it('makes one Q&A per question and answer, as many as the answers in the source', () => {
    expect(issue.qa).toHaveLength(countAnswerParagraphs(readFixture('qa-variants.md')))
    expect(issue.qa.map((qa) => qa.asker)).toEqual(['小明', 'lin', 'lin', '王五', '赵六', 'octocat', 'FAN', '孙七', '周八'])
  })

  it('takes the project from the link line after the answer, for every pair of the thread', () => {
    expect(issue.qa.map((qa) => qa.project)).toEqual(['alpha', 'beta', 'beta', 'gamma', undefined, 'alpha', undefined, undefined, undefined])
    expect(issue.qa[0]?.links).toEqual([{ label: 'Alpha', href: 'https://github.com/example/alpha' }])
    // The project line closed the answer's paragraph; it is a link now, not part of the answer.
    expect(issue.qa[2]?.answers).toMatchObject([{ by: undefined, text: '通常在一秒以内。' }])
    expect(issue.qa[2]?.answers.map((answer) => markdownInside(body, answer.node))).toEqual(['通常在一秒以内。'])
  })

  it('adds projects the registry does not know, named as the archive writes them', () => {
    expect(registry.added).toEqual([
      { id: 'gamma', name: 'Gamma', repo: 'https://github.com/example/gamma', description: 'example/gamma on GitHub' },
    ])
  })

  it('unwraps the quoted question and keeps images, lazy lines and code in it', () => {
    expect(issue.qa[0]?.question.text).toBe('Alpha 支持热加载配置吗？')
    expect(markdownInside(body, issue.qa[1]!.question.node)).toBe('热加载会丢连接吗？\n![截图](https://img.example.org/q.png)')
    expect(markdownInside(body, issue.qa[3]!.question.node)).toBe(
      '问题写在引用里，\n后一行是懒续行。\n\n```js\nconst options = { retry: 3 }\n```\n\n这段配置对吗？',
    )
  })

  it('strips A：, doubled or not, and keeps the paragraphs that continue the answer', () => {
    expect(issue.qa[3]?.answers[0]?.text).toBe('对的，{ retry: 3 } 是默认值。\n补充：也可以写成 { retry: 5 }。')
    expect(markdownInside(body, issue.qa[3]!.answers[0]!.node)).toBe('对的，\\{ retry: 3 \\} 是默认值。\n\n补充：也可以写成 `{ retry: 5 }`。')
  })

  it('links an issue-numbered question to the issue in the project repository', () => {
    expect(issue.qa[5]?.links).toEqual([
      { label: 'issue #42', href: 'https://github.com/example/alpha/issues/42' },
      { label: 'Alpha', href: 'https://github.com/example/alpha' },
    ])
  })

  it('reads a question written on the asker line', () => {
    expect(issue.qa[7]?.question.text).toBe('这个问题写在提问行上？')
  })

  it('keeps a follow-up without an answer as a quote after the Q&A, with a warning', () => {
    expect(body).toMatch(/<\/QA>\n\n> 好的，谢谢！\n$/)
    expect(warnings).toEqual(['line 79: question from @周八 has no answer ("A：") after it; kept as Markdown after the Q&A'])
  })

  it('keeps the section introduction as Markdown', () => {
    expect(body).toContain('## 每周读者问答提炼\n\n欢迎在群里提问，我们会挑选问题在周报里回复。\n\n<QA asker="小明" project="alpha">')
  })
})
