import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { visit } from 'unist-util-visit'

import type { FeedRenderer } from '@/lib/feed/block-html'
import { element } from '@/lib/feed/block-html'

/**
 * The frames blocks are drawn in. The sanitizer drops every style (content never sets one), so a frame is marked
 * by name (`data-frame`) and gets its style after sanitizing, from this list only.
 */
const FRAME_STYLES = {
  'email-block': 'padding:12px 16px;border:1px solid #e4e4e7;background:#fafafa',
  'email-gap': 'height:12px;line-height:12px;font-size:1px',
  'wechat-block': 'margin:16px 0;padding:8px 12px;border-left:3px solid #2563eb;background:#f8fafc',
} as const

type Frame = keyof typeof FRAME_STYLES

function framed(frame: Frame, node: Element): Element {
  node.properties.dataFrame = frame
  return node
}

/** Gives each marked frame its style and removes the mark; a mark not in the list is only removed. */
export function styleFrames(tree: HastRoot): void {
  visit(tree, 'element', (node: Element) => {
    const frame = node.properties.dataFrame
    if (frame === undefined) return
    delete node.properties.dataFrame
    if (typeof frame === 'string' && Object.hasOwn(FRAME_STYLES, frame)) node.properties.style = FRAME_STYLES[frame as Frame]
  })
}

/**
 * A block in an e-mail: its feed HTML (already the semantic shape: the question quoted, tasks under a heading per
 * difficulty, links with their source) inside a framed one-cell table, which every mail client, Outlook included,
 * draws as a box with padding within the 600 px column.
 */
export function inEmailFrame(render: FeedRenderer): FeedRenderer {
  return (node, context) => {
    const table = layoutTable('', render(node, context))
    const row = table.children[0]
    const cell = row?.type === 'element' ? row.children[0] : undefined
    if (cell?.type === 'element') framed('email-block', cell)
    return [table, framed('email-gap', element('div', {}, []))]
  }
}

/**
 * A block in a WeChat article: its feed HTML inside a `section` with a coloured rule on the left, the frame the
 * Official Account editor keeps when pasted (it drops tables' borders and any class).
 */
export function inWechatFrame(render: FeedRenderer): FeedRenderer {
  return (node, context) => [framed('wechat-block', element('section', {}, render(node, context)))]
}

/** A one-cell layout table: the frame mail clients draw reliably (Outlook ignores borders and padding on divs). */
export function layoutTable(style: string, children: ElementContent[]): Element {
  return element('table', { role: 'presentation', width: '100%', cellPadding: '0', cellSpacing: '0', border: '0', style: 'border-collapse:collapse;width:100%' }, [
    element('tr', {}, [element('td', style ? { style } : {}, children)]),
  ])
}
