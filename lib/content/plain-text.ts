import type { Nodes } from 'mdast'

/** Nodes whose children are blocks, each on its own line; other nodes hold inline content, joined as it is. */
const BLOCK_CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'mdxJsxFlowElement'])

/**
 * The text of a tree as a reader sees it: blocks on their own lines, so that "官网：https://x" and the next
 * paragraph's "SOFAStack" do not run together into one word in snippets and in the search index.
 */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value
  if (node.type === 'break') return '\n'
  if (node.type === 'image') return node.alt ?? ''
  if (!('children' in node)) return ''
  const parts = (node.children as Nodes[]).map(plainText)
  return BLOCK_CONTAINERS.has(node.type) ? parts.map((part) => part.trim()).filter(Boolean).join('\n') : parts.join('')
}
