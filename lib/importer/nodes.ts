import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'

import { plainText as readerText } from '@/lib/content/plain-text'

import type { ImportWarning } from './warnings'

/** What every step of a conversion shares: where the body sits in the legacy file, and where warnings go. */
export interface ConversionContext {
  /** Lines of front matter before the body, so warnings name lines of the legacy file. */
  lineOffset: number
  warnings: ImportWarning[]
}

/** A section of a legacy issue after conversion: its new content, and how many entries it yielded. */
export interface ConvertedSection {
  nodes: RootContent[]
  count: number
}

export function warnAt(context: ConversionContext, node: Nodes | undefined, message: string): void {
  const line = node?.position ? node.position.start.line + context.lineOffset : undefined
  context.warnings.push({ line, message })
}

/** A component element; props are strings only, as the content layer requires. */
export function jsxElement(name: string, props: Record<string, string | undefined>, children: RootContent[] = []): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(props).flatMap(([key, value]) =>
      value === undefined ? [] : [{ type: 'mdxJsxAttribute' as const, name: key, value }],
    ),
    children: children as MdxJsxFlowElement['children'],
  }
}

/**
 * Plain text of a node as a reader sees it, whitespace collapsed. Stray `**` (emphasis the legacy Markdown failed to
 * open or close, as in `**@FAN **提问`) is dropped, so patterns match what the author meant.
 */
export function plainText(node: Nodes | Nodes[]): string {
  const text = Array.isArray(node) ? node.map(readerText).join('') : readerText(node)
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()
}

/** Splits a paragraph's phrasing content into its lines, at soft line breaks and hard breaks. */
export function splitLines(paragraph: Paragraph): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]]
  const current = (): PhrasingContent[] => lines[lines.length - 1] as PhrasingContent[]
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([])
    } else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part) current().push({ type: 'text', value: part })
      })
    } else {
      current().push(child)
    }
  }
  return lines
}

/** A paragraph made of lines again, joined by soft line breaks; undefined when no line has content. */
export function joinLines(lines: PhrasingContent[][], position?: Paragraph['position']): Paragraph | undefined {
  const kept = lines.filter((line) => plainText(line) !== '' || line.some((node) => node.type === 'image'))
  if (kept.length === 0) return undefined
  const children: PhrasingContent[] = []
  kept.forEach((line, index) => {
    if (index > 0) children.push({ type: 'text', value: '\n' })
    children.push(...line)
  })
  return { type: 'paragraph', children, position }
}

/** True for a paragraph whose only content is emphasis-free strong text: `**本周推荐阅读**`. */
export function isStrongOnly(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return meaningful.length > 0 && meaningful.every((child) => child.type === 'strong')
}

/** The single link in a phrasing run with nothing else but whitespace, or undefined. */
export function onlyLink(nodes: PhrasingContent[]): Extract<PhrasingContent, { type: 'link' }> | undefined {
  const meaningful = unwrapEmphasis(nodes).filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const [first] = meaningful
  return meaningful.length === 1 && first?.type === 'link' ? first : undefined
}

/** Emphasis and strong around links (`*[url](url)*`, `**「详见」：**`) do not change what a line says. */
export function unwrapEmphasis(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node) => (node.type === 'strong' || node.type === 'emphasis' ? unwrapEmphasis(node.children) : [node]))
}

export function linksIn(nodes: PhrasingContent[]): Extract<PhrasingContent, { type: 'link' }>[] {
  return unwrapEmphasis(nodes).filter((node): node is Extract<PhrasingContent, { type: 'link' }> => node.type === 'link')
}
