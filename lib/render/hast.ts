import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { toHast, type Handlers, type State } from 'mdast-util-to-hast'

import { processWeakMap } from '@/lib/process-cache'

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

interface Converted {
  root: HastRoot
  /** The HTML element made of each component element of the syntax tree, so a block can be shown on its own. */
  elements: WeakMap<JsxElement, Element>
}

const converted = processWeakMap<Root, Converted>('hast')

/**
 * An issue's validated syntax tree as an HTML tree for the page, converted once per tree. Expressions (only comments
 * pass validation), ESM and raw HTML (both refused by validation) become nothing.
 */
function convert(tree: Root): Converted {
  let result = converted.get(tree)
  if (result) return result
  const elements = new WeakMap<JsxElement, Element>()
  // A component becomes an element named after it (`QA`), which the renderer looks up in the component registry;
  // its props are its string attributes, the only kind validation lets through.
  const jsx = (state: State, node: JsxElement): Element => {
    const properties: Record<string, string> = {}
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') properties[attribute.name] = attribute.value
    }
    const element: Element = { type: 'element', tagName: node.name ?? 'div', properties, children: state.all(node) }
    elements.set(node, element)
    return element
  }
  const handlers: Handlers = {
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
    mdxFlowExpression: nothing,
    mdxTextExpression: nothing,
    mdxjsEsm: nothing,
  }
  const root = toHast(tree, { handlers }) as HastRoot
  result = { root, elements }
  converted.set(tree, result)
  return result
}

function nothing(): undefined {
  return undefined
}

/** The whole issue body as an HTML tree. */
export function issueHast(tree: Root): HastRoot {
  return convert(tree).root
}

/**
 * What a component element of the issue holds (a `<Question>`'s or `<Answer>`'s Markdown), as the same HTML nodes
 * the issue page renders: a block shown on another page is the block on its issue page, not a second rendering.
 */
export function elementChildrenHast(tree: Root, element: JsxElement): ElementContent[] {
  const hast = convert(tree).elements.get(element)
  if (!hast) throw new Error(`<${element.name ?? ''}> is not an element of this issue's tree`)
  return hast.children
}
