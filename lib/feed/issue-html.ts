import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { sanitize, type Schema as SanitizeSchema } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { toHast, type State } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'

import type { Dictionary } from '@/lib/i18n'
import { absoluteUrl, routes } from '@/lib/urls'

import type { JsxElement } from '@/lib/blocks/define'
import type { ComponentName } from '@/lib/blocks/specs'
import type { Issue } from '@/lib/content/issue'
import { ALLOWED_HTML, type Project } from '@/lib/content/schema'

import { element, link, RENDERED_BY_PARENT, type FeedRenderer } from './block-html'
import { feedRenderers } from './renderers'

export interface IssueHtmlOptions {
  /** The site's public address with its base path (`getSiteUrl()`): site-relative links become absolute against it. */
  siteUrl: string
  projects: readonly Project[]
  /** Interface words around the content (asked, answer, difficulty), in the site's language. */
  t: Dictionary
}

/**
 * What feed HTML may contain once rendered: plain semantic elements with links and images, nothing else. The content
 * layer already refuses raw HTML, scripts and unsafe links; this is the second fence, because feed readers show the
 * HTML on other sites, outside this site's control.
 */
export const FEED_HTML_SCHEMA: SanitizeSchema = {
  tagNames: [
    'p', 'a', 'img', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'strong', 'em', 'del', 'code', 'pre', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section',
    ...ALLOWED_HTML,
  ],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  strip: ['script', 'style'],
  clobber: [],
}

/**
 * An issue's body as standalone HTML for feeds: Markdown as usual, and each weekly component as simple semantic HTML
 * a feed reader can show without the site's styles (the banner as a figure, a Q&A as the question quoted and its
 * answers, the task board as lists by difficulty, the reading list as links). Every link and image is absolute.
 * Nothing from the content runs: the MDX is only parsed, and its components are rendered from their validated props.
 */
export function renderIssueHtml(issue: Issue, options: IssueHtmlOptions): string {
  return toHtml(sanitize(renderIssueTree(issue, options, feedRenderers, 'feed'), FEED_HTML_SCHEMA)).trim()
}

/** A registry of block renderers for one output (feed, e-mail, WeChat): every component, by name. */
export type BlockRenderers = Record<ComponentName, FeedRenderer | typeof RENDERED_BY_PARENT>

/**
 * An issue's validated tree as HTML syntax, each component rendered by `renderers` from its validated props, every
 * link and image absolute. Shared by the feed, e-mail and WeChat outputs, which differ only in their block renderers
 * and in what they do with the tree afterwards.
 */
export function renderIssueTree(
  issue: Issue,
  { siteUrl, projects, t }: IssueHtmlOptions,
  renderers: BlockRenderers,
  output: string,
): HastRoot {
  const pageUrl = absoluteUrl(routes.issue(issue.slug), siteUrl)
  const projectName = (id: string): string => projects.find((project) => project.id === id)?.name ?? id
  const projectLink = (id: string): Element => link(absoluteUrl(routes.project(id), siteUrl), projectName(id))

  const jsx = (state: State, node: JsxElement): ElementContent[] => {
    const name = node.name ?? ''
    if (ALLOWED_HTML.has(name)) return [element(name, {}, state.all(node))]
    // Raw HTML elements never pass validation; should a validator bug let one through, it becomes nothing here.
    if (/^[a-z]/.test(name)) return []
    const render: FeedRenderer | typeof RENDERED_BY_PARENT | undefined = Object.hasOwn(renderers, name)
      ? renderers[name as ComponentName]
      : undefined
    // Every component of the vocabulary has a renderer (the registry is a full record) and validation refuses the
    // rest: a component without one here is a bug, reported, never silently dropped from readers' copies.
    if (render === undefined || render === RENDERED_BY_PARENT) throw new Error(`<${name}> has no ${output} renderer at the top of an issue`)
    return render(node, { state, t, projectLink })
  }
  // The issue's validated tree, as the page renders it; only the components' HTML differs.
  const hast = toHast(issue.tree, {
    handlers: {
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      // Comments are the only expressions the validator lets through; ESM never gets this far.
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
      mdxjsEsm: nothing,
    },
  }) as HastRoot
  makeUrlsAbsolute(hast, { siteUrl, pageUrl })
  return hast
}

function nothing(): undefined {
  return undefined
}

/** Makes site-relative links and images absolute, and in-page anchors (`#qa-1`) point into the issue's page. */
function makeUrlsAbsolute(tree: HastRoot, { siteUrl, pageUrl }: { siteUrl: string; pageUrl: string }): void {
  visit(tree, 'element', (node: Element) => {
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key]
      if (typeof value !== 'string') continue
      if (value.startsWith('#')) node.properties[key] = `${pageUrl}${value}`
      else if (value.startsWith('/') && !value.startsWith('//')) node.properties[key] = absoluteUrl(value, siteUrl)
    }
  })
}
