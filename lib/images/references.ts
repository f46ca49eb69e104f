import type { Definition, Nodes } from 'mdast'
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'

import type { ComponentName, ComponentProps } from '@/lib/blocks/specs'
import { mdxParser } from '@/lib/content/issue'

/**
 * Every image an issue file refers to, with the exact place its URL is written, so a tool can replace that text and
 * nothing else: the front matter's `cover`, Markdown images (`![alt](url)`, and the definitions `![alt][ref]`
 * uses), and the image props of components.
 */

/**
 * The component props that are images, shown on the page. A new image prop is added here, and
 * `npm run images:mirror` mirrors it like the others.
 */
export const IMAGE_PROPS: { [Name in ComponentName]?: readonly (keyof ComponentProps<Name> & string)[] } = {
  Contributors: ['banner'],
  Event: ['poster'],
}

/** Props that state an image prop's size in pixels, when the component has them. */
const SIZE_PROPS: { [Name in ComponentName]?: { width: keyof ComponentProps<Name> & string; height: keyof ComponentProps<Name> & string } } = {
  Contributors: { width: 'width', height: 'height' },
}

export type ImageReferenceKind = 'cover' | 'image' | 'definition' | 'prop'

export interface ImageReference {
  url: string
  kind: ImageReferenceKind
  /** What it is, for messages: `cover`, `image`, `<Contributors> banner`. */
  what: string
  line: number
  column: number
  /** Offsets of the URL as written in the file: replacing `source.slice(start, end)` changes the URL only. */
  start: number
  end: number
  /** For a component's image prop: where its size props are, or where to add them. */
  size?: SizeProps
}

export interface SizeProps {
  width?: ValueSpan
  height?: ValueSpan
  /** Where new size props go (right after the image prop), and what goes before each: a space, or a new line. */
  insertAt: number
  separator: string
}

interface ValueSpan {
  start: number
  end: number
}

export interface FileReferences {
  references: ImageReference[]
  /** Set when the file cannot be read for images at all (it does not parse); `npm run validate` says more. */
  problem?: string
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

/** The image references of an issue file, in the order they are written. */
export function findImageReferences(source: string): FileReferences {
  const lines = lineStarts(source)
  const point = (offset: number): { line: number; column: number } => {
    let low = 0
    let high = lines.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((lines[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (lines[low] ?? 0) + 1 }
  }
  const reference = (url: string, kind: ImageReferenceKind, what: string, start: number, size?: SizeProps): ImageReference => ({
    url,
    kind,
    what,
    ...point(start),
    start,
    end: start + url.length,
    size,
  })

  const references: ImageReference[] = []
  const front = frontMatterRange(source)
  if (!front) return { references, problem: 'has no front matter' }
  const cover = findCover(source, front.start, front.end)
  if (cover) references.push(reference(cover.url, 'cover', 'cover', cover.start))

  let tree
  try {
    tree = mdxParser.parse(source.slice(front.bodyStart))
  } catch {
    return { references, problem: 'is not valid MDX' }
  }
  const base = front.bodyStart
  const definitions = new Map<string, Definition>()
  const imageIdentifiers = new Set<string>()

  const visit = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier, node)
    if (node.type === 'imageReference') imageIdentifiers.add(node.identifier)
    if (node.type === 'image' && node.position) {
      const start = urlOffset(source, base + (node.position.start.offset ?? 0), base + (node.position.end.offset ?? 0), node.url, /\]\(\s*<?$/)
      if (start !== undefined) references.push(reference(node.url, 'image', 'image', start))
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      references.push(...propReferences(node, source, base, reference))
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)

  for (const identifier of imageIdentifiers) {
    const definition = definitions.get(identifier)
    if (!definition?.position) continue
    const start = urlOffset(source, base + (definition.position.start.offset ?? 0), base + (definition.position.end.offset ?? 0), definition.url, /\]:\s*<?$/)
    if (start !== undefined) references.push(reference(definition.url, 'definition', 'image definition', start))
  }
  return { references: references.toSorted((a, b) => a.start - b.start) }
}

function propReferences(
  element: JsxElement,
  source: string,
  base: number,
  reference: (url: string, kind: ImageReferenceKind, what: string, start: number, size?: SizeProps) => ImageReference,
): ImageReference[] {
  const name = element.name as ComponentName
  const imageProps: readonly string[] = IMAGE_PROPS[name] ?? []
  const sizeProps = SIZE_PROPS[name]
  const attribute = (prop: string): MdxJsxAttribute | undefined =>
    element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === prop)
  const valueSpan = (a: MdxJsxAttribute | undefined): ValueSpan | undefined => {
    if (!a?.position || typeof a.value !== 'string') return undefined
    const start = urlOffset(source, base + (a.position.start.offset ?? 0), base + (a.position.end.offset ?? 0), a.value, /=\s*["']$/)
    return start === undefined ? undefined : { start, end: start + a.value.length }
  }
  return imageProps.flatMap((prop) => {
    const a = attribute(prop)
    const span = valueSpan(a)
    if (!a?.position || typeof a.value !== 'string' || !span) return []
    let size: SizeProps | undefined
    if (sizeProps && imageProps.length === 1) {
      const end = base + (a.position.end.offset ?? 0)
      const lineStart = source.lastIndexOf('\n', base + (a.position.start.offset ?? 0) - 1) + 1
      const before = source.slice(lineStart, base + (a.position.start.offset ?? 0))
      // An image prop on a line of its own gets its size props on lines of their own, indented the same.
      const separator = /^[ \t]+$/.test(before) ? `\n${before}` : ' '
      size = { width: valueSpan(attribute(sizeProps.width)), height: valueSpan(attribute(sizeProps.height)), insertAt: end, separator }
    }
    return [reference(a.value, 'prop', `<${name}> ${prop}`, span.start, size)]
  })
}

/**
 * Where `url` is written between `from` and `to`, right after text matching `before` (`](`, `]: <`, `="`). Undefined
 * when it is not written as it reads (escaped characters): such a reference is left for a person to change.
 */
function urlOffset(source: string, from: number, to: number, url: string, before: RegExp): number | undefined {
  let index = source.indexOf(url, from)
  while (index !== -1 && index + url.length <= to) {
    if (before.test(source.slice(from, index))) return index
    index = source.indexOf(url, index + 1)
  }
  return undefined
}

/** The YAML between the opening and closing `---` lines, and where the body starts. */
function frontMatterRange(source: string): { start: number; end: number; bodyStart: number } | undefined {
  const opening = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(source)
  if (!opening) return undefined
  const closing = /^---[ \t]*(?:\r?\n|$)/m
  const rest = source.slice(opening[0].length)
  const match = closing.exec(rest)
  if (!match) return undefined
  const end = opening[0].length + match.index
  return { start: opening[0].length, end, bodyStart: end + match[0].length }
}

/** The `cover:` field of the front matter, plain or quoted. */
function findCover(source: string, start: number, end: number): { url: string; start: number } | undefined {
  const match = /^cover:[ \t]*(["']?)([^"'\s#]+)\1[ \t]*(?:#.*)?\r?$/m.exec(source.slice(start, end))
  if (!match?.[2]) return undefined
  return { url: match[2], start: start + match.index + match[0].indexOf(match[2], 'cover:'.length) }
}

function lineStarts(source: string): number[] {
  const starts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1)
  return starts
}

export interface Replacement {
  url: string
  width: number
  height: number
}

/**
 * The file with the given references pointing at their new URLs; a component's image prop also gets its size props
 * (`width="1080" height="540"`), added after it or corrected. Everything else stays byte for byte.
 */
export function rewriteReferences(source: string, replacements: ReadonlyMap<ImageReference, Replacement>): string {
  const edits: { start: number; end: number; text: string }[] = []
  for (const [reference, { url, width, height }] of replacements) {
    edits.push({ start: reference.start, end: reference.end, text: url })
    const size = reference.size
    if (!size) continue
    const added: string[] = []
    for (const [prop, span, value] of [['width', size.width, width], ['height', size.height, height]] as const) {
      if (span) edits.push({ start: span.start, end: span.end, text: String(value) })
      else added.push(`${size.separator}${prop}="${value}"`)
    }
    if (added.length) edits.push({ start: size.insertAt, end: size.insertAt, text: added.join('') })
  }
  let result = source
  for (const edit of edits.toSorted((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}
