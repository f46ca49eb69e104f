import type { Nodes, Parent, Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import GithubSlugger from 'github-slugger'
import { toString } from 'mdast-util-to-string'
import type { z } from 'zod'

import type { ComponentSpec, ExtractContext } from '@/lib/blocks/define'
import { componentSpecs, isComponentName, type ComponentName } from '@/lib/blocks/specs'
import type { ContributorsBlock } from '@/lib/blocks/contributors/spec'
import type { EventEntry } from '@/lib/blocks/event/spec'
import type { QAEntry } from '@/lib/blocks/qa/spec'
import type { ReadingEntry } from '@/lib/blocks/reading-list/spec'
import type { ReleaseEntry } from '@/lib/blocks/release/spec'
import type { TaskEntry } from '@/lib/blocks/task-board/spec'
import { urlProblem } from '@/lib/url-policy'

import { checkImageReference } from './images'
import { warnTrackingParameters } from './links'
import { plainText } from './plain-text'
import { checkDecodedText } from './text'
import type { Point, ProblemList } from './problems'
import { describeIssue } from './problems'
import { ALLOWED_HTML, RESERVED_IDS, isSafeUrl } from './schema'

export type { Contributor, ContributorsBlock } from '@/lib/blocks/contributors/spec'
export type { QAEntry } from '@/lib/blocks/qa/spec'
export type { EventEntry } from '@/lib/blocks/event/spec'
export type { ReadingEntry } from '@/lib/blocks/reading-list/spec'
export type { ReleaseEntry } from '@/lib/blocks/release/spec'
export type { TaskEntry } from '@/lib/blocks/task-board/spec'

/** The structured blocks of one issue, extracted from its MDX syntax tree. */
export interface IssueBlocks {
  contributors: ContributorsBlock[]
  qa: QAEntry[]
  tasks: TaskEntry[]
  reading: ReadingEntry[]
  releases: ReleaseEntry[]
  events: EventEntry[]
  headings: Heading[]
}

/** An issue with no blocks yet, which extraction fills in document order. */
export function emptyIssueBlocks(): IssueBlocks {
  return { contributors: [], qa: [], tasks: [], reading: [], releases: [], events: [], headings: [] }
}

export interface Heading {
  depth: number
  text: string
  /** The heading's anchor, set on the heading in the tree, so every renderer gives it this id. */
  id: string
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

const EXECUTABLE_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form'])

/** `{/* a comment *\/}` renders nothing and runs nothing: the one expression content may hold. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/

function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

function isBlank(node: Nodes): boolean {
  return node.type === 'text' && node.value.trim() === ''
}

/**
 * Gives every component whose spec has an `idPrefix` (`<QA>`, `<Task>`) an `id` attribute (`qa-1`, `task-1`, … in
 * document order) unless it has one, in the tree every renderer uses, so the anchors on the page are the ids the
 * indexes link to.
 */
function assignBlockIds(tree: Root): void {
  const counters = new Map<string, number>()
  const visit = (node: Nodes): void => {
    const prefix = isJsxElement(node) && node.name && isComponentName(node.name) ? idPrefixOf(componentSpecs[node.name]) : undefined
    if (prefix && isJsxElement(node)) {
      const count = (counters.get(prefix) ?? 0) + 1
      counters.set(prefix, count)
      const hasId = node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')
      if (!hasId) node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: `${prefix}-${count}` })
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}

function idPrefixOf(spec: ComponentSpec): string | undefined {
  return spec.idPrefix
}

/**
 * Paragraphs that only wrap components (`<Task … />` written inline) are dropped around them, so a container's
 * children are its components however the maintainer spaced them.
 */
function unwrapComponentParagraphs(tree: Root): void {
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return
    if (isJsxElement(node) && node.name && isComponentName(node.name)) {
      const spec: ComponentSpec = componentSpecs[node.name]
      if (Array.isArray(spec.children)) {
        node.children = node.children.flatMap((child) =>
          child.type === 'paragraph' && child.children.every((c) => isJsxElement(c) || isBlank(c))
            ? child.children.filter(isJsxElement)
            : [child],
        ) as typeof node.children
      }
    }
    for (const child of node.children) visit(child)
  }
  visit(tree)
}

export interface ExtractOptions {
  /** Lines before the MDX body in the file (front matter), added to every reported line. */
  lineOffset: number
  /** Known project ids; undefined when the registry itself failed to load, so its errors do not cascade. */
  projectIds: ReadonlySet<string> | undefined
  problems: ProblemList
}

/**
 * Walks an issue's MDX tree once: reports everything content may not do (expressions, ESM, unknown or misplaced
 * components, bad props, unsafe URLs) and collects the structured blocks.
 */
export function extractBlocks(tree: Root, { lineOffset, projectIds, problems }: ExtractOptions): IssueBlocks {
  assignBlockIds(tree)
  unwrapComponentParagraphs(tree)

  const blocks = emptyIssueBlocks()
  // GitHub's heading slugs, given to the heading in the tree itself (every renderer uses them), never equal to an id
  // the page or a block already has.
  const slugger = headingSlugger(tree)
  const seenIds = new Map<string, Point>()

  const at = (node: { position?: { start: { line: number; column: number } } } | undefined): Point | undefined =>
    node?.position ? { line: node.position.start.line + lineOffset, column: node.position.start.column } : undefined

  const checkUrl = (node: Nodes, url: string, what: string): void => {
    const problem = urlProblem(url)
    if (problem) {
      problems.error(at(node), `${what} "${url}" is not allowed; ${problem}`)
    } else {
      warnTrackingParameters(problems, at(node), url, what)
      checkImageReference(problems, at(node), url, what)
    }
  }

  const pointOfAttribute = (element: JsxElement, name: string): Point | undefined => {
    const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
    return at(attribute) ?? at(element)
  }

  /** Reads and validates an element's props; undefined when they do not fit its schema. */
  const readProps = (element: JsxElement, name: ComponentName): Record<string, unknown> | undefined => {
    const raw: Record<string, string> = {}
    const attributeAt = new Map<string, Point | undefined>()
    const rejected = new Set<string>()
    let ok = true
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        problems.error(at(attribute) ?? at(element), `<${name}> has a spread {${attribute.value}}; write each prop as name="value"`)
        ok = false
        continue
      }
      const where = at(attribute) ?? at(element)
      attributeAt.set(attribute.name, where)
      if (typeof attribute.value !== 'string') rejected.add(attribute.name)
      if (/^on/i.test(attribute.name)) {
        rejected.add(attribute.name)
        problems.error(where, `event handler ${attribute.name} is not allowed on <${name}>: content never runs code`)
        ok = false
      } else if (attribute.value === null || attribute.value === undefined) {
        problems.error(where, `prop "${attribute.name}" on <${name}> has no value; write ${attribute.name}="…"`)
        ok = false
      } else if (typeof attribute.value !== 'string') {
        problems.error(
          where,
          `prop "${attribute.name}" on <${name}> is a JavaScript expression {${attribute.value.value}}, which is never run; write it as a string: ${attribute.name}="${attribute.value.value.replace(/^['"]|['"]$/g, '')}"`,
        )
        ok = false
      } else {
        raw[attribute.name] = attribute.value
        // The file's own characters were checked when it was read; this catches `&#x202E;` and the like.
        if (!checkDecodedText(attribute.value, where, `prop "${attribute.name}" on <${name}>`, problems)) ok = false
      }
    }
    const spec: ComponentSpec = componentSpecs[name]
    const result = spec.props.safeParse(raw)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]
        // Already reported with a better message (an expression, a missing value, an event handler).
        if (typeof key === 'string' && rejected.has(key)) continue
        const where = (typeof key === 'string' && attributeAt.get(key)) || at(element)
        let message = describeIssue(issue, raw, 'prop')
        if (issue.code === 'unrecognized_keys') {
          const known = Object.keys(spec.props.shape)
          message += known.length ? `; <${name}> takes ${known.map((k) => `"${k}"`).join(', ')}` : `; <${name}> takes no props`
        }
        problems.error(where, `<${name}> ${message}`)
      }
      return undefined
    }
    const props = result.data
    for (const [key, value] of Object.entries(raw)) {
      if (isSafeUrl(value)) warnTrackingParameters(problems, attributeAt.get(key), value, `<${name}> ${key}`)
      if (isSafeUrl(value)) checkImageReference(problems, attributeAt.get(key), value, `<${name}> ${key}`)
    }
    if ('project' in props && typeof props.project === 'string' && projectIds && !projectIds.has(props.project)) {
      problems.error(
        attributeAt.get('project') ?? at(element),
        `<${name}> prop "project" is "${props.project}", which is not in content/projects.yaml; expected one of: ${[...projectIds].join(', ')}`,
      )
      ok = false
    }
    if ('id' in props && typeof props.id === 'string') {
      const previous = seenIds.get(props.id)
      if (previous) {
        problems.error(attributeAt.get('id') ?? at(element), `id "${props.id}" is already used at line ${previous.line}; ids must be unique in an issue`)
        ok = false
      } else {
        seenIds.set(props.id, at(element) ?? { line: 1, column: 1 })
      }
    }
    return ok ? props : undefined
  }

  const context: ExtractContext = { blocks, problems, at, pointOfAttribute, children: jsxChildren, read: readPropsQuietly, markdownOf }

  const handleElement = (element: JsxElement, parent: ComponentName | null): void => {
    const name = element.name
    if (name === null) {
      problems.error(at(element), 'fragments <>…</> are not allowed; use Markdown or a documented component')
      return
    }
    if (!isComponentName(name)) {
      const lower = name.toLowerCase()
      if (EXECUTABLE_ELEMENTS.has(lower)) {
        problems.error(at(element), `<${name}> is not allowed: content never runs code or embeds other pages`)
      } else if (ALLOWED_HTML.has(name)) {
        if (element.attributes.length > 0) problems.error(at(element), `<${name}> takes no attributes`)
        walkChildren(element, parent)
        return
      } else if (/^[a-z]/.test(name)) {
        problems.error(at(element), `HTML element <${name}> is not allowed; use Markdown instead`)
      } else {
        problems.error(at(element), `unknown component <${name}>; expected one of ${Object.keys(componentSpecs).map((n) => `<${n}>`).join(', ')}`)
      }
      return
    }

    const spec: ComponentSpec = componentSpecs[name]
    const parents: readonly string[] | null = spec.parents
    if (parents === null ? parent !== null : !parent || !parents.includes(parent)) {
      problems.error(
        at(element),
        parents === null
          ? `<${name}> cannot be placed inside <${parent}>`
          : `<${name}> must be placed directly inside ${parents.map((p) => `<${p}>`).join(' or ')}`,
      )
      return
    }

    const content: 'none' | 'markdown' | readonly string[] = spec.children
    if (content === 'none' && element.children.length > 0) {
      problems.error(at(element.children[0]) ?? at(element), `<${name}> takes no content between its tags; write it as <${name} … /> with props`)
    } else if (Array.isArray(content)) {
      for (const child of element.children) {
        if (isBlank(child)) continue
        if (isJsxElement(child) && child.name && content.includes(child.name)) continue
        if (isJsxElement(child) || child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') continue // reported below
        problems.error(at(child), `<${name}> may only contain ${content.map((c) => `<${c}>`).join(', ')}; found ${describeNode(child)}`)
      }
    }

    const props = readProps(element, name)
    walkChildren(element, name)
    if (!props) return

    const extract = (componentSpecs[name] as ComponentSpec).extract
    extract?.(props, element, context)
  }

  const walkChildren = (node: Parent, parent: ComponentName | null): void => {
    for (const child of node.children as Nodes[]) walk(child, parent)
  }

  const walk = (node: Nodes, parent: ComponentName | null): void => {
    if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) {
      checkDecodedText(node.value, at(node), 'text', problems)
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.title) checkDecodedText(node.title, at(node), 'title', problems)
    if (node.type === 'image' && node.alt) checkDecodedText(node.alt, at(node), 'image description', problems)
    switch (node.type) {
      case 'mdxjsEsm':
        problems.error(
          at(node),
          `${/^\s*export\b/.test(node.value) ? 'export' : 'import'} is not allowed in content: MDX files are never run as code; use the documented components, which need no import`,
        )
        return
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(node.value)) {
          problems.error(
            at(node),
            `JavaScript expression {${abbreviate(node.value)}} is not allowed: content is never run; write the text itself, or escape the braces as \\{ and \\}`,
          )
        }
        return
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        handleElement(node, parent)
        return
      case 'link':
        checkUrl(node, node.url, 'link')
        break
      case 'image':
        checkUrl(node, node.url, 'image')
        break
      case 'definition':
        checkUrl(node, node.url, 'link definition')
        break
      case 'heading': {
        const text = toString(node).trim()
        const id = slugger(text)
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } }
        if (parent === null) blocks.headings.push({ depth: node.depth, text, id })
        break
      }
      case 'html':
        problems.error(at(node), 'raw HTML is not allowed; use Markdown or a documented component')
        return
      default:
        break
    }
    if ('children' in node) walkChildren(node, parent)
  }

  walkChildren(tree, null)
  return blocks
}

/**
 * Heading anchors as GitHub makes them (`## 新手任务` → `新手任务`), except that they never equal an id the page
 * layout uses (RESERVED_IDS), a block's id (`qa-1`, and its `qa-1-asker` label), or start with `_`: an element id is
 * also a global variable in the browser, and the framework reads globals such as `self.__next_f` before it sets them.
 * A colliding slug gets a numeric suffix, as a repeated heading does.
 */
function headingSlugger(tree: Root): (text: string) => string {
  const slugger = new GithubSlugger()
  const taken: string[] = [...RESERVED_IDS]
  const visit = (node: Nodes): void => {
    if (isJsxElement(node)) {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') {
          taken.push(attribute.value, `${attribute.value}-asker`)
        }
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  for (const id of taken) slugger.slug(id, true)
  return (text) => {
    const slug = slugger.slug(text)
    const bare = slug.replace(/^_+/, '')
    return bare === slug ? slug : slugger.slug(bare || 'section')
  }
}

/** A `<Question>` or `<Answer>`: the node itself, for every view to render, and its text, for search. */
function markdownOf(element: JsxElement): { node: JsxElement; text: string } {
  return { node: element, text: plainText(element).trim() }
}

/** Child props were already validated (and reported) when the walk reached them; this only reads them. */
function readPropsQuietly<Props extends z.ZodObject>(element: JsxElement, spec: ComponentSpec<Props>): z.infer<Props> | undefined {
  const raw = Object.fromEntries(
    element.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])),
  )
  const result = spec.props.safeParse(raw)
  return result.success ? result.data : undefined
}

function jsxChildren(element: JsxElement, name: string): JsxElement[] {
  return element.children.filter((child): child is JsxElement => isJsxElement(child) && child.name === name)
}

function describeNode(node: Nodes): string {
  if (node.type === 'paragraph' || node.type === 'text') return `text "${abbreviate(toString(node))}"`
  if (isJsxElement(node)) return `<${node.name ?? ''}>`
  return `a ${node.type}`
}

function abbreviate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine
}
