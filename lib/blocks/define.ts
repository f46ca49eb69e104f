import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { z } from 'zod'

import type { IssueBlocks } from '@/lib/content/blocks'
import type { Point, ProblemList } from '@/lib/content/problems'

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

/** What the content layer hands a block's `extract` while it walks an issue. */
export interface ExtractContext {
  /** The issue's blocks so far; `extract` adds its own. */
  blocks: IssueBlocks
  problems: ProblemList
  /** Where a node is written in its file (front matter lines counted). */
  at(node: { position?: { start: { line: number; column: number } } } | undefined): Point | undefined
  /** Where one of an element's props is written, else the element. */
  pointOfAttribute(element: JsxElement, name: string): Point | undefined
  /** The element's direct children that are `<name>` components. */
  children(element: JsxElement, name: string): JsxElement[]
  /** A child's props, already validated (and reported) when the walk reached it: undefined when they were invalid. */
  read<Props extends z.ZodObject>(element: JsxElement, spec: ComponentSpec<Props>): z.infer<Props> | undefined
  /** A `<Question>`-like element holding Markdown: the node itself, for every view to render, and its plain text. */
  markdownOf(element: JsxElement): { node: JsxElement; text: string }
}

/**
 * One MDX component of the vocabulary: its props (strings only: next-mdx-remote drops JS expressions, so `points={3}`
 * would silently vanish), the components it must sit directly inside (`null`: the issue body), what it may contain
 * (other components, Markdown, or nothing), and for a block's outer component, how its validated props and children
 * become the issue's structured data.
 */
export interface ComponentSpec<Props extends z.ZodObject = z.ZodObject> {
  props: Props
  parents: readonly string[] | null
  children: 'none' | 'markdown' | readonly string[]
  /** Turns the element into structured data; may report problems that span its children. */
  extract?: (props: z.infer<Props>, element: JsxElement, context: ExtractContext) => void
  /** The id prefix (`qa` → `qa-1`) given to each element in document order, for anchors the indexes link to. */
  idPrefix?: string
}

/** Keeps a spec's prop types precise for `extract` while checking its shape. */
export function component<Props extends z.ZodObject>(spec: ComponentSpec<Props>): ComponentSpec<Props> {
  return spec
}

export function num(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value)
}
