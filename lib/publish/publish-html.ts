import type { Element, Root as HastRoot } from 'hast'
import { sanitize, type Schema as SanitizeSchema } from 'hast-util-sanitize'
import { visit } from 'unist-util-visit'

import { FEED_HTML_SCHEMA } from '@/lib/feed/issue-html'

import { styleFrames } from './block-frames'

/**
 * What e-mail and WeChat HTML may hold before it is styled: the feed's elements plus the layout tables the block
 * renderers draw. Styles are added after this fence, by `applyInlineStyles`, so nothing from content sets a style.
 */
const PUBLISH_HTML_SCHEMA: SanitizeSchema = {
  ...FEED_HTML_SCHEMA,
  attributes: {
    ...FEED_HTML_SCHEMA.attributes,
    table: ['role', 'width', 'cellPadding', 'cellSpacing', 'border'],
    td: ['align', 'width', 'vAlign', 'dataFrame'],
    div: ['dataFrame'],
    section: ['dataFrame'],
  },
  tagNames: [...(FEED_HTML_SCHEMA.tagNames ?? []), 'div'],
}

/** The second fence after validation, then the block frames' own styles (block-frames.ts). */
export function sanitizePublished(tree: HastRoot): HastRoot {
  const clean = sanitize(tree, PUBLISH_HTML_SCHEMA) as HastRoot
  styleFrames(clean)
  return clean
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
