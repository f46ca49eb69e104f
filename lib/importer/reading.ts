import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import { toString } from 'mdast-util-to-string'

import { jsxElement, onlyLink, plainText, unwrapEmphasis, type ConvertedSection } from './nodes'

export interface ReadingItem {
  title: string
  href: string
  source?: string
}

/**
 * `更多文章请扫码关注“金融级分布式架构”公众号`: the WeChat account the mp.weixin.qq.com articles come from,
 * shown as their source.
 */
export function findWechatAccount(tree: Root): string | undefined {
  return /关注\s*[“"「『]([^”"」』]{1,30})[”"」』]\s*公众号/.exec(toString(tree))?.[1]
}

/**
 * One reading link: `[title](url)`, with an optional lead (`SOFAChannel#7：[title](url)`) kept in the title when the
 * title does not already say it.
 */
function readingOfLine(children: PhrasingContent[], account: string | undefined): ReadingItem | undefined {
  const nodes = unwrapEmphasis(children).filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  const index = nodes.findIndex((node) => node.type === 'link')
  const link = nodes[index]
  if (link?.type !== 'link' || nodes.some((node, i) => i !== index && node.type === 'link')) return undefined
  let title = plainText(link)
  if (!title) return undefined
  const lead = plainText(nodes.slice(0, index)).replace(/[\s:：|｜\-–—]+$/, '')
  const tail = plainText(nodes.slice(index + 1)).replace(/^[\s:：|｜\-–—,，。.]+|[\s,，。.]+$/g, '')
  // A sentence around a link (`报名方式：点击“这里”了解详情`) is prose, not a reading entry.
  if (lead.length > 30 || tail.length > 20) return undefined
  if (lead && !title.includes(lead)) title = `${lead}：${title}`
  if (tail) title = `${title} ${tail}`
  return { title, href: link.url, source: sourceOf(link.url, account) }
}

function sourceOf(href: string, account: string | undefined): string | undefined {
  return account && /^https?:\/\/mp\.weixin\.qq\.com\//i.test(href) ? account : undefined
}

/** `[![图片](cover)](url)` after a paragraph with the article's title, as the 2022 issues list their reading. */
function coverLink(paragraph: RootContent | undefined): string | undefined {
  if (paragraph?.type !== 'paragraph') return undefined
  const link = onlyLink(paragraph.children)
  return link && link.children.every((child) => child.type === 'image' || (child.type === 'text' && !child.value.trim())) ? link.url : undefined
}

function isPlainTitle(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && node.children.every((child) => child.type === 'text' || child.type === 'strong' || child.type === 'emphasis') && plainText(node).length <= 80
}

function readingList(items: ReadingItem[]): MdxJsxFlowElement {
  return jsxElement(
    'ReadingList',
    {},
    items.map((item) => jsxElement('Reading', { title: item.title, href: item.href, source: item.source })),
  )
}

/**
 * Turns the links of a reading section into `<ReadingList>`s: a list of links, paragraphs that are one link each,
 * or a title paragraph followed by a linked cover image. Consecutive links form one list; anything else between them
 * (the QR code, "更多文章请扫码关注…") stays Markdown in its place.
 */
export function convertReadingSection(nodes: RootContent[], account: string | undefined): ConvertedSection {
  const out: RootContent[] = []
  let run: ReadingItem[] = []
  let count = 0
  const endRun = (): void => {
    if (run.length > 0) out.push(readingList(run))
    count += run.length
    run = []
  }

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as RootContent
    if (node.type === 'list') {
      const items = node.children.map((item) => {
        const [paragraph] = item.children
        return item.children.length === 1 && paragraph?.type === 'paragraph' ? readingOfLine(paragraph.children, account) : undefined
      })
      if (items.every((item) => item !== undefined)) {
        run.push(...items)
        continue
      }
    } else if (node.type === 'paragraph') {
      const href = isPlainTitle(node) ? coverLink(nodes[index + 1]) : undefined
      if (href) {
        run.push({ title: plainText(node), href, source: sourceOf(href, account) })
        index++
        continue
      }
      const item = coverLink(node) ? undefined : readingOfLine(node.children, account)
      if (item) {
        run.push(item)
        continue
      }
    }
    endRun()
    out.push(node)
  }
  endRun()
  return { nodes: out, count }
}
