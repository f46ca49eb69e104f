import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { sanitize, type Schema as SanitizeSchema } from 'hast-util-sanitize'
import { visit } from 'unist-util-visit'

import { element } from '@/lib/feed/block-html'
import { FEED_HTML_SCHEMA } from '@/lib/feed/issue-html'

/**
 * What e-mail and WeChat HTML may hold before it is styled: the feed's elements plus the layout tables the block
 * renderers draw. Styles are added after this fence, by `applyInlineStyles`, so nothing from content sets a style.
 */
const PUBLISH_HTML_SCHEMA: SanitizeSchema = {
  ...FEED_HTML_SCHEMA,
  attributes: {
    ...FEED_HTML_SCHEMA.attributes,
    table: ['role', 'width', 'cellPadding', 'cellSpacing', 'border'],
    td: ['align', 'width', 'vAlign'],
  },
}

export function sanitizePublished(tree: HastRoot): HastRoot {
  return sanitize(tree, PUBLISH_HTML_SCHEMA) as HastRoot
}

/** Inline styles by element name: mail clients and the WeChat editor drop style sheets, so each element carries its own. */
export type InlineStyles = Partial<Record<string, string>>

export function applyInlineStyles(tree: HastRoot | Element, styles: InlineStyles): void {
  visit(tree, 'element', (node: Element) => {
    const style = styles[node.tagName]
    if (style && node.properties.style === undefined) node.properties.style = style
  })
}

/**
 * Sending services expand their own template syntax in what they send (`{{ subscriber.name }}` in listmonk and
 * Buttondown, `*|EMAIL|*` in Mailchimp, `{% %}` in Liquid): content that contains it must reach readers as written,
 * never as a live tag. A zero-width joiner between the two characters breaks the tag and is invisible.
 */
const TEMPLATE_OPENERS = /([{*%])(?=[{|%])|(\|)(?=\*)|([}%])(?=\})/g

export function breakTemplateTags(value: string): string {
  return value.replace(TEMPLATE_OPENERS, '$&\u2060')
}

export function breakTemplateTagsInTree(tree: HastRoot | Element): void {
  visit(tree, (node) => {
    if (node.type === 'text') node.value = breakTemplateTags(node.value)
    else if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        // In URLs the braces and bars are percent-encoded, which every client reads back as the same address.
        if (typeof value === 'string') node.properties[key] = key === 'href' || key === 'src' ? value.replace(/[{}|]/g, encodeURIComponent) : breakTemplateTags(value)
      }
    }
  })
}

/** A one-cell layout table: the frame mail clients draw reliably (Outlook ignores borders and padding on divs). */
export function layoutTable(style: string, children: ElementContent[]): Element {
  return element('table', { role: 'presentation', width: '100%', cellPadding: '0', cellSpacing: '0', border: '0', style: 'border-collapse:collapse;width:100%' }, [
    element('tr', {}, [element('td', { style }, children)]),
  ])
}
