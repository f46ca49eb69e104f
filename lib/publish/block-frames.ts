import type { FeedRenderer } from '@/lib/feed/block-html'
import { element } from '@/lib/feed/block-html'

import { layoutTable } from './publish-html'

/**
 * A block in an e-mail: its feed HTML (already the semantic shape: the question quoted, tasks under a heading per
 * difficulty, links with their source) inside a framed one-cell table, which every mail client, Outlook included,
 * draws as a box with padding within the 600 px column.
 */
export function inEmailFrame(render: FeedRenderer): FeedRenderer {
  return (node, context) => [
    layoutTable('padding:12px 16px;border:1px solid #e4e4e7;border-radius:6px;background:#fafafa', render(node, context)),
    element('p', { style: 'margin:0;line-height:12px;font-size:1px' }, []),
  ]
}

/**
 * A block in a WeChat article: its feed HTML inside a `section` with a coloured rule on the left, the frame the
 * Official Account editor keeps when pasted (it drops tables' borders and any class).
 */
export function inWechatFrame(render: FeedRenderer): FeedRenderer {
  return (node, context) => [
    element('section', { style: 'margin:16px 0;padding:8px 12px;border-left:3px solid #2563eb;background:#f8fafc' }, render(node, context)),
  ]
}
