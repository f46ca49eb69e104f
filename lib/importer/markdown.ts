import type { Heading, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import { isSafeUrl } from '../content/schema'
import { plainText, warnAt, type ConversionContext } from './nodes'

/** Legacy issues are CommonMark + GFM as Hugo renders them: raw HTML allowed, braces and `<` plain text. */
const legacyParser = unified().use(remarkParse).use(remarkGfm)

export function parseLegacyMarkdown(body: string): Root {
  return legacyParser.parse(body)
}

export interface CleanOptions {
  /** The legacy body text, to recover what an autolink-looking `<SOFA:ArkLab/>` really said. */
  source: string
  /** Where the legacy site lived: site-relative links (`/blog/…`) are made absolute against it. */
  baseUrl?: string
}

/**
 * Makes a legacy tree fit our content rules without losing what a reader sees: raw HTML becomes Markdown, links
 * are made absolute or dropped when unsafe, emphasis the legacy renderer failed to parse is repaired, headings
 * start at `##` (the page title is the `#`).
 */
export function cleanLegacyTree(tree: Root, options: CleanOptions, context: ConversionContext): void {
  convertHtml(tree, context)
  cleanUrls(tree, options, context)
  repairStrong(tree)
  normalizeHeadings(tree)
  dropTrailingBreaks(tree)
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell'])
/**
 * Tags a browser knows. Anything else in angle brackets (`List<T>`, `<name>` in a parameter table) is what the author
 * typed, not markup: it is kept as text.
 */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside audio b bdi bdo big blockquote body br button canvas caption center cite code col ' +
    'colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form frame ' +
    'frameset h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark ' +
    'meta nav noscript object ol optgroup option p picture pre q rp rt ruby s samp script section select small ' +
    'source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr ' +
    'tt u ul var video wbr'
  ).split(' '),
)

const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'frameset', 'frame'])

interface Tag {
  name: string
  closing: boolean
  attributes: Record<string, string>
}

function readTag(token: string): Tag | undefined {
  const match = /^<\s*(\/)?\s*([A-Za-z][\w:-]*)([^>]*)>$/.exec(token)
  if (!match?.[2]) return undefined
  const attributes: Record<string, string> = {}
  for (const attribute of (match[3] ?? '').matchAll(/([A-Za-z_:][\w:.-]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+)))?/g)) {
    if (attribute[1]) attributes[attribute[1].toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? ''
  }
  return { name: match[2].toLowerCase(), closing: Boolean(match[1]), attributes }
}

/**
 * Phrasing content for a piece of raw HTML: `<img>` becomes an image, `<br>` a line break, `<a href>` a link; other
 * tags are dropped with their text kept, and script-like elements are dropped whole. MDX would read any of it as
 * JSX, which our content does not allow.
 */
function htmlToPhrasing(html: string, node: Nodes, context: ConversionContext): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let link: Extract<PhrasingContent, { type: 'link' }> | undefined
  let skipping: string | undefined
  const removed = new Set<string>()
  const push = (child: PhrasingContent): void => {
    if (link && child.type !== 'link') link.children.push(child)
    else out.push(child)
  }
  for (const token of html.replace(/<!--[\s\S]*?-->/g, '').split(/(<[^<>]*>)/)) {
    if (!token) continue
    const parsed = token.startsWith('<') ? readTag(token) : undefined
    const tag = parsed && HTML_ELEMENTS.has(parsed.name) ? parsed : undefined
    if (skipping) {
      if (tag?.closing && tag.name === skipping) skipping = undefined
      continue
    }
    if (!tag) {
      if (token.trim() || out.length > 0) push({ type: 'text', value: token.replace(/\s*\n\s*/g, ' ') })
      continue
    }
    if (DROPPED_WITH_CONTENT.has(tag.name)) {
      warnAt(context, node, `raw HTML <${tag.name}> removed with its content: content never runs or embeds code`)
      if (!tag.closing && !/\/\s*>$/.test(token)) skipping = tag.name
    } else if (tag.name === 'img' && !tag.closing) {
      if (tag.attributes.src) push({ type: 'image', url: tag.attributes.src, alt: tag.attributes.alt ?? '', title: null, position: node.position })
    } else if (tag.name === 'br') {
      push({ type: 'break' })
    } else if (tag.name === 'a' && !tag.closing && tag.attributes.href) {
      link = { type: 'link', url: tag.attributes.href, title: null, children: [], position: node.position }
      out.push(link)
    } else if (tag.name === 'a' && tag.closing) {
      link = undefined
    } else if (!removed.has(tag.name)) {
      removed.add(tag.name)
      warnAt(context, node, `raw HTML <${tag.name}> removed; its text is kept`)
    }
  }
  return out
}

function convertHtml(tree: Root, context: ConversionContext): void {
  const visit = (parent: Parent): void => {
    const phrasing = PHRASING_PARENTS.has(parent.type)
    const children: Nodes[] = []
    const source = parent.children as Nodes[]
    for (let index = 0; index < source.length; index++) {
      const child = source[index] as Nodes
      if (child.type !== 'html') {
        children.push(child)
        continue
      }
      // Inline `<a href="…">text</a>` arrives as three siblings: gather what sits between the tags into the link.
      const open = phrasing ? readTag(child.value.trim()) : undefined
      if (open?.name === 'a' && !open.closing && open.attributes.href) {
        const close = source.findIndex((c, i) => i > index && c.type === 'html' && readTag(c.value.trim())?.name === 'a')
        if (close !== -1) {
          children.push({
            type: 'link',
            url: open.attributes.href,
            title: null,
            children: source.slice(index + 1, close) as PhrasingContent[],
            position: child.position,
          })
          index = close
          continue
        }
      }
      const converted = htmlToPhrasing(child.value, child, context)
      if (phrasing) children.push(...converted)
      else if (converted.some((c) => c.type !== 'break' && !(c.type === 'text' && !c.value.trim()))) {
        children.push({ type: 'paragraph', children: converted, position: child.position })
      }
    }
    parent.children = children as Parent['children']
    for (const child of parent.children) if ('children' in child) visit(child)
  }
  visit(tree)
}

/** A link whose target is its own text, `[@GlobalLock ](/GlobalLock)`: a chat @mention the legacy editor linked. */
function isMentionArtifact(url: string, text: string): boolean {
  const name = text.trim().replace(/^@/, '')
  try {
    return name !== '' && url.startsWith('/') && decodeURIComponent(url.slice(1)).trim() === name
  } catch {
    return false
  }
}

export function resolveUrl(url: string, baseUrl: string | undefined): string {
  const trimmed = url.trim().replace(/ /g, '%20')
  if (trimmed.startsWith('//')) return `https:${trimmed}`
  if (!baseUrl || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('#') || trimmed === '') return trimmed
  try {
    return new URL(trimmed, `${baseUrl.replace(/\/+$/, '')}/`).href
  } catch {
    return trimmed
  }
}

function cleanUrls(tree: Root, { source, baseUrl }: CleanOptions, context: ConversionContext): void {
  const visit = (parent: Parent): void => {
    const children: Nodes[] = []
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'link') {
        const text = plainText(child)
        if (isMentionArtifact(child.url, text)) {
          children.push(...(child.children as Nodes[]))
          continue
        }
        child.url = resolveUrl(child.url, baseUrl)
        if (!isSafeUrl(child.url)) {
          const written = child.position ? source.slice(child.position.start.offset, child.position.end.offset) : ''
          if (written.startsWith('<')) {
            // `<SOFA:ArkLab/>` reads as an autolink but was prose: keep it exactly as written.
            warnAt(context, child, `${written} reads as a link to "${child.url}", which is not http(s); kept as text`)
            children.push({ type: 'text', value: written })
          } else {
            warnAt(context, child, `link "${child.url}" is not an http(s), mailto or site link; dropped, its text kept`)
            children.push(...(child.children as Nodes[]))
          }
          continue
        }
      } else if (child.type === 'image' || child.type === 'definition') {
        child.url = resolveUrl(child.url, baseUrl)
        if (!isSafeUrl(child.url)) {
          warnAt(context, child, `${child.type === 'image' ? 'image' : 'link definition'} "${child.url}" is not an http(s) URL; dropped`)
          continue
        }
      }
      children.push(child)
    }
    parent.children = children as Parent['children']
    for (const child of parent.children) if ('children' in child) visit(child)
  }
  visit(tree)
}

/**
 * `**SOFAStack 官网: **` and `**4、@FAN **提问`: CommonMark does not close strong emphasis after a space, so the
 * legacy site showed the asterisks. Read them as the author meant.
 */
function repairStrong(tree: Root): void {
  const visit = (parent: Parent): void => {
    if (parent.type === 'code' || parent.type === 'inlineCode') return
    const children: Nodes[] = []
    for (const child of parent.children as Nodes[]) {
      if (child.type !== 'text' || !/\*\*\S[^*]*?\*\*/.test(child.value)) {
        children.push(child)
        continue
      }
      let rest = child.value
      for (let match = /\*\*(\S[^*]*?)\s*\*\*/.exec(rest); match; match = /\*\*(\S[^*]*?)\s*\*\*/.exec(rest)) {
        if (match.index > 0) children.push({ type: 'text', value: rest.slice(0, match.index) })
        children.push({ type: 'strong', children: [{ type: 'text', value: match[1]?.trim() ?? '' }] })
        rest = rest.slice(match.index + match[0].length)
      }
      if (rest) children.push({ type: 'text', value: rest })
    }
    parent.children = children as Parent['children']
    for (const child of parent.children) if ('children' in child) visit(child)
  }
  visit(tree)
}

/** The page shows the title as the one `#`; the body's headings start at `##` and keep their relative levels. */
function normalizeHeadings(tree: Root): void {
  const headings: Heading[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') headings.push(node)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  if (headings.length === 0) return
  const shift = 2 - Math.min(...headings.map((heading) => heading.depth))
  for (const heading of headings) {
    heading.depth = Math.min(6, Math.max(1, heading.depth + shift)) as Heading['depth']
    // `### SOFA 项目进展**`: a stray closing marker the legacy site printed.
    const last = heading.children[heading.children.length - 1]
    if (last?.type === 'text') last.value = last.value.replace(/\s*\*+\s*$/, '')
  }
}

function dropTrailingBreaks(tree: Root): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph') {
      while (node.children.length > 0) {
        const last = node.children[node.children.length - 1]
        if (last?.type === 'break' || (last?.type === 'text' && last.value.trim() === '')) node.children.pop()
        else break
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}

/**
 * `>![](qr.png)`: the legacy editor quoted images to set them apart. A quote holding nothing but an image shows as
 * an empty pair of quotation marks around it here, so it becomes the image alone. (In a Q&A a quote is a question.)
 */
export function unquoteImages(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => {
    const [paragraph] = node.type === 'blockquote' && node.children.length === 1 ? node.children : []
    if (paragraph?.type !== 'paragraph') return node
    const imageOnly =
      paragraph.children.some((child) => child.type === 'image') &&
      paragraph.children.every((child) => child.type === 'image' || child.type === 'break' || (child.type === 'text' && !child.value.trim()))
    return imageOnly ? paragraph : node
  })
}

/** Top-level blocks that carry no content after cleaning (an empty paragraph left by a removed comment). */
export function isEmptyBlock(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.length === 0
}
