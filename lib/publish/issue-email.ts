import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'

import { element, link, text } from '@/lib/feed/block-html'
import { renderIssueTree, type IssueHtmlOptions } from '@/lib/feed/issue-html'
import type { Issue } from '@/lib/content/issue'
import { getIssueDescription } from '@/lib/content/excerpt'
import { getLocalImage } from '@/lib/content/images'
import { formatIssueDate } from '@/lib/i18n'
import { absoluteUrl, routes } from '@/lib/urls'

import { emailRenderers } from './email-renderers'
import { toPlainText } from './plain-text'
import { layoutTable } from './block-frames'
import { applyInlineStyles, breakTemplateTagsInTree, sanitizePublished, type InlineStyles } from './publish-html'

export interface PublishOptions extends IssueHtmlOptions {
  siteName: string
  locale: string
}

/** The column mail clients lay out; 600 px is what every client shows without scaling, and what phones shrink to fit. */
const COLUMN = 600
const GUTTER = 24
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif"

const EMAIL_STYLES: InlineStyles = {
  p: 'margin:0 0 12px;line-height:1.6',
  h1: 'margin:0 0 8px;font-size:24px;line-height:1.3',
  h2: 'margin:24px 0 12px;font-size:20px;line-height:1.3',
  h3: 'margin:16px 0 8px;font-size:16px;line-height:1.3',
  h4: 'margin:12px 0 8px;font-size:15px',
  a: 'color:#2563eb;text-decoration:underline;word-break:break-word',
  ul: 'margin:0 0 12px;padding-left:20px',
  ol: 'margin:0 0 12px;padding-left:20px',
  li: 'margin:0 0 6px;line-height:1.6',
  blockquote: 'margin:0 0 12px;padding:8px 12px;border-left:3px solid #d4d4d8;color:#3f3f46',
  pre: 'margin:0 0 12px;padding:12px;background:#f4f4f5;font-size:13px;white-space:pre-wrap;word-break:break-all',
  code: 'font-family:Menlo,Consolas,monospace;font-size:13px',

  figure: 'margin:0 0 12px',
  // Fixed layout: a long word or code in a cell wraps instead of widening the column past a phone's screen.
  table: 'border-collapse:collapse;width:100%;table-layout:fixed',
  th: 'border:1px solid #e4e4e7;padding:4px 6px;text-align:left;word-break:break-word',
  td: 'border:1px solid #e4e4e7;padding:4px 6px;word-break:break-word',
  hr: 'border:0;border-top:1px solid #e4e4e7;margin:16px 0',
}

/**
 * An issue as a self-contained HTML e-mail and its plain-text part: one 600 px table column, inline styles only,
 * every link and image absolute, a hidden preheader from the summary, links to the web version and the feed.
 * Built from the validated tree like the feed; nothing from the content runs.
 */
export function renderIssueEmail(issue: Issue, options: PublishOptions): { html: string; text: string } {
  const { siteUrl, t, siteName, locale } = options
  const webUrl = absoluteUrl(routes.issue(issue.slug), siteUrl)
  const feedUrl = absoluteUrl(routes.rss, siteUrl)
  const body = sanitizePublished(renderIssueTree(issue, options, emailRenderers, 'e-mail'))
  sizeImages(body, siteUrl)
  applyInlineStyles(body, EMAIL_STYLES)
  const summary = getIssueDescription(issue)
  const date = formatIssueDate(issue.date, locale)

  const header: ElementContent[] = [
    element('p', { style: 'margin:0 0 4px;font-size:13px;color:#71717a' }, [text(`${siteName} · ${date}`)]),
    element('h1', { style: EMAIL_STYLES.h1 }, [text(issue.title)]),
    element('p', { style: 'margin:0;font-size:13px' }, [styled(link(webUrl, t.publishWebVersion))]),
  ]
  const footer: ElementContent[] = [
    element('p', { style: 'margin:0;font-size:13px;color:#71717a;line-height:1.6' }, [
      styled(link(webUrl, t.publishWebVersion)),
      text(' · '),
      styled(link(feedUrl, t.publishFeed)),
    ]),
  ]
  const column = element(
    'table',
    { role: 'presentation', width: String(COLUMN), cellPadding: '0', cellSpacing: '0', border: '0', style: `width:100%;max-width:${COLUMN}px;background:#ffffff;border-collapse:collapse` },
    [
      element('tr', {}, [element('td', { style: `padding:${GUTTER}px ${GUTTER}px 8px` }, header)]),
      element('tr', {}, [element('td', { style: `padding:8px ${GUTTER}px ${GUTTER}px;font-size:15px;color:#18181b;word-break:break-word;overflow-wrap:anywhere` }, body.children as ElementContent[])]),
      element('tr', {}, [element('td', { style: `padding:16px ${GUTTER}px;border-top:1px solid #e4e4e7` }, footer)]),
    ],
  )
  const document: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      element('html', { lang: issue.lang ?? locale }, [
        element('head', {}, [
          element('meta', { charSet: 'utf-8' }),
          element('meta', { name: 'viewport', content: 'width=device-width,initial-scale=1' }),
          element('title', {}, [text(issue.title)]),
        ]),
        element('body', { style: `margin:0;padding:0;background:#f4f4f5;font-family:${FONT}` }, [
          // The preheader: the line inboxes show after the subject; hidden in the message itself.
          element('div', { style: 'display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;color:#f4f4f5' }, [text(summary)]),
          layoutTable('padding:16px 0', [element('center', {}, [column])]),
        ]),
      ]),
    ],
  }
  breakTemplateTagsInTree(document)

  const plain: HastRoot = { type: 'root', children: [element('p', {}, [text(`${siteName} · ${date}`)]), element('h1', {}, [text(issue.title)]), element('p', {}, [text(summary)]), ...body.children, element('hr', {}), ...footer] }
  breakTemplateTagsInTree(plain)
  return { html: toHtml(document), text: toPlainText(plain) }
}

function styled(anchor: Element): Element {
  anchor.properties.style = EMAIL_STYLES.a
  return anchor
}

/**
 * Mail clients reserve an image's box from its width and height before it loads (and Outlook ignores CSS sizes).
 * Images in Markdown carry no size, so they get the column's width and scale by their own ratio (`height:auto`).
 */
function sizeImages(tree: HastRoot, siteUrl: string): void {
  const visitImages = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      if (node.tagName === 'img') {
        // An image of this site has a known size (the content layer reads it); a remote one keeps only the width.
        const src = String(node.properties.src ?? '')
        const local = src.startsWith(`${siteUrl}/`) ? getLocalImage(src.slice(siteUrl.length)) : undefined
        if (local && node.properties.width === undefined) Object.assign(node.properties, { width: String(local.width), height: String(local.height) })
        const width = Number(node.properties.width)
        if (!(width > 0 && width <= COLUMN - 2 * GUTTER)) {
          const height = Number(node.properties.height)
          node.properties.width = String(COLUMN - 2 * GUTTER)
          node.properties.height = width > 0 && height > 0 ? String(Math.round((height * (COLUMN - 2 * GUTTER)) / width)) : undefined
        }
        node.properties.alt ??= ''
        // A percentage width, not max-width alone: inside a table cell only it lets the image shrink on a phone.
        node.properties.style = `display:block;width:100%;max-width:${String(node.properties.width)}px;height:auto;border:0`
      }
      visitImages(node.children)
    }
  }
  visitImages(tree.children as ElementContent[])
}
