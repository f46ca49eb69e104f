import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'

import { element, text } from '@/lib/feed/block-html'
import { renderIssueTree } from '@/lib/feed/issue-html'
import type { Issue } from '@/lib/content/issue'
import { absoluteUrl, routes } from '@/lib/urls'

import type { PublishOptions } from './issue-email'
import { applyInlineStyles, breakTemplateTagsInTree, sanitizePublished, type InlineStyles } from './publish-html'
import { wechatRenderers } from './wechat-renderers'

const WECHAT_STYLES: InlineStyles = {
  section: 'margin:0 0 16px',
  p: 'margin:0 0 12px;line-height:1.75;font-size:15px;color:#1f2937',
  h1: 'margin:0 0 12px;font-size:22px;line-height:1.4',
  h2: 'margin:24px 0 12px;padding-left:8px;border-left:4px solid #2563eb;font-size:18px;line-height:1.4',
  h3: 'margin:16px 0 8px;font-size:16px;line-height:1.4',
  h4: 'margin:12px 0 8px;font-size:15px',
  ul: 'margin:0 0 12px;padding-left:20px',
  ol: 'margin:0 0 12px;padding-left:20px',
  li: 'margin:0 0 6px;line-height:1.75;font-size:15px',
  blockquote: 'margin:0 0 12px;padding:8px 12px;border-left:3px solid #d1d5db;color:#4b5563;background:#f9fafb',
  pre: 'margin:0 0 12px;padding:12px;background:#f3f4f6;font-size:13px;white-space:pre-wrap;word-break:break-all',
  code: 'font-family:Menlo,Consolas,monospace;font-size:13px;word-break:break-all',
  img: 'display:block;max-width:100%;height:auto;margin:0 auto',
  figure: 'margin:0 0 12px',
  table: 'border-collapse:collapse;width:100%',
  th: 'border:1px solid #e5e7eb;padding:4px 6px',
  td: 'border:1px solid #e5e7eb;padding:4px 6px',
  sup: 'font-size:11px;color:#2563eb',
  strong: 'font-weight:bold',
}

/**
 * An issue as HTML the WeChat Official Account editor keeps when pasted: inline styles only, no class, style sheet
 * or script; links written as numbered notes with their addresses listed at the end, because articles drop most
 * external links; images as in the issue. The first line of the article links the issue's page among the notes.
 */
export function renderIssueWechat(issue: Issue, options: PublishOptions): string {
  return toHtml(renderIssueWechatTree(issue, options))
}

/** The WeChat article as an HTML tree, for the page that previews it and copies it. */
export function renderIssueWechatTree(issue: Issue, options: PublishOptions): HastRoot {
  const { siteUrl, t } = options
  const body = sanitizePublished(renderIssueTree(issue, options, wechatRenderers, 'WeChat'))
  const notes: string[] = []
  const children = linksAsNotes(body.children as ElementContent[], notes)
  const webUrl = absoluteUrl(routes.issue(issue.slug), siteUrl)
  const article = element('section', { style: "font-family:-apple-system,BlinkMacSystemFont,'PingFang SC','Microsoft YaHei',sans-serif;max-width:100%;overflow-wrap:anywhere" }, [
    element('h1', {}, [text(issue.title)]),
    ...children,
    ...(notes.length > 0
      ? [
          element('h3', {}, [text(t.publishReferences)]),
          element('section', { style: 'font-size:12px;color:#6b7280;line-height:1.6;word-break:break-all' }, notes.map((href, index) => element('p', { style: 'margin:0 0 4px;font-size:12px;color:#6b7280' }, [text(`[${index + 1}] ${href}`)]))),
        ]
      : []),
    element('p', { style: 'margin:16px 0 0;font-size:12px;color:#6b7280;word-break:break-all' }, [text(`${t.publishWebVersion}: ${webUrl}`)]),
  ])
  const root: HastRoot = { type: 'root', children: [article] }
  applyInlineStyles(root, WECHAT_STYLES)
  breakTemplateTagsInTree(root)
  return root
}

/** Replaces each link by its label and a note number `[n]`; a link whose label is its address keeps the address as text. */
function linksAsNotes(nodes: ElementContent[], notes: string[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node]
    if (node.tagName !== 'a') return [{ ...node, children: linksAsNotes(node.children, notes) } satisfies Element]
    const href = typeof node.properties.href === 'string' ? node.properties.href : ''
    const label = linksAsNotes(node.children, notes)
    if (!href) return label
    let number = notes.indexOf(href) + 1
    if (number === 0) number = notes.push(href)
    return [element('span', { style: 'color:#2563eb' }, label), element('sup', {}, [text(`[${number}]`)])]
  })
}
