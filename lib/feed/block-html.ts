import type { Element, ElementContent, Properties } from 'hast'
import type { State } from 'mdast-util-to-hast'

import type { JsxElement } from '@/lib/blocks/define'
import { componentSpecs, type ComponentName, type ComponentProps } from '@/lib/blocks/specs'
import type { Dictionary } from '@/lib/i18n'

/** What a block's feed renderer is given besides its element: the Markdown converter and the site's words. */
export interface FeedBlockContext {
  /** Converts the element's Markdown children as the rest of the issue is converted. */
  state: State
  /** Interface words around the content (asked, answer, difficulty), in the site's language. */
  t: Dictionary
  /** A link to a project's page on this site, by its name. */
  projectLink(id: string): Element
}

/** Renders a block's outer component as simple semantic HTML a feed reader shows without the site's styles. */
export type FeedRenderer = (node: JsxElement, context: FeedBlockContext) => ElementContent[]

/** For components only ever inside another (a `<Task>` in its `<TaskBoard>`): their parent renders them. */
export const RENDERED_BY_PARENT = 'rendered by parent'

/** The components only ever inside another, for every renderer registry (feed, e-mail, WeChat) to spread. */
export const CHILD_COMPONENTS = {
  Contributor: RENDERED_BY_PARENT,
  Question: RENDERED_BY_PARENT,
  Answer: RENDERED_BY_PARENT,
  QALink: RENDERED_BY_PARENT,
  Task: RENDERED_BY_PARENT,
  Reading: RENDERED_BY_PARENT,
} as const

/** A component's props; the content layer validated them when it loaded the issue, so this only reads them. */
export function propsOf<Name extends ComponentName>(node: JsxElement, name: Name): ComponentProps<Name> {
  const raw = Object.fromEntries(
    node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])),
  )
  return componentSpecs[name].props.parse(raw) as ComponentProps<Name>
}

export function childElements(node: JsxElement, name: ComponentName): JsxElement[] {
  return node.children.filter(
    (child): child is JsxElement => (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === name,
  )
}

export function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children }
}

export function text(value: string): ElementContent {
  return { type: 'text', value }
}

export function link(href: string, label: string): Element {
  return element('a', { href }, [text(label)])
}
