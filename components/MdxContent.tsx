import type { ElementContent, Root, RootContent } from 'hast'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'

import { mdxComponentsFor } from '@/lib/blocks/pages'

export interface MdxContentProps {
  /**
   * HTML nodes of a validated issue tree (lib/render/hast.ts): the whole body, or what one block holds. Components in
   * it are rendered from the registry with their validated string props; nothing in it is code.
   */
  nodes: Root | readonly (ElementContent | RootContent)[]
  /** Wraps the content in a div with these classes; without it the content is rendered as it is. */
  className?: string
  /** The URL of the page's largest image when it is in this content: it loads at once, the others lazily. */
  priorityImage?: string
}

/**
 * Renders content on the server from its syntax tree. There is no compile step and no evaluation: the tree the
 * content layer validated is the tree that is rendered, on the issue page and wherever its blocks are shown again.
 */
export function MdxContent({ nodes, className, priorityImage }: MdxContentProps) {
  const root: Root = 'type' in nodes ? nodes : { type: 'root', children: [...nodes] as RootContent[] }
  const content = toJsxRuntime(root, { Fragment, jsx, jsxs, components: mdxComponentsFor(priorityImage), passKeys: true })
  return className ? <div className={className}>{content}</div> : content
}
