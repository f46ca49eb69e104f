import type { ElementContent, Root as HastRoot } from 'hast'

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'figure', 'table', 'tr', 'hr', 'section', 'details'])

/**
 * The plain-text part of the e-mail: paragraphs separated by a blank line, list items as `- `, links as
 * `label (https://…)` so every address stays readable and clickable in a text-only client.
 */
export function toPlainText(tree: HastRoot): string {
  return (
    tree.children
      .map((child) => (child.type === 'doctype' ? '' : textOf(child as ElementContent)))
      .join('')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return ''
  const inner = () => node.children.map(textOf).join('')
  switch (node.tagName) {
    case 'br':
      return '\n'
    case 'img':
      return typeof node.properties.alt === 'string' && node.properties.alt ? `[${node.properties.alt}]` : ''
    case 'a': {
      const label = inner().trim()
      const href = String(node.properties.href ?? '')
      return label === href || !href ? label : `${label} (${href})`
    }
    case 'li':
      return `\n- ${inner().trim().replace(/\n+/g, '\n  ')}`
    case 'td':
    case 'th':
      return `${inner().trim()} `
    case 'h1':
    case 'h2':
      return `\n\n${inner().trim()}\n${'='.repeat(12)}\n\n`
    case 'hr':
      return '\n\n----\n\n'
    case 'blockquote':
      return `\n\n${inner().trim().replace(/\n{3,}/g, '\n\n').split('\n').map((line) => `> ${line}`.trimEnd()).join('\n')}\n\n`
    default:
      return BLOCKS.has(node.tagName) ? `\n\n${inner().trim()}\n\n` : inner()
  }
}
