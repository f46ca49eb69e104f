import type { Nodes, Parent, Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import GithubSlugger from 'github-slugger'
import { toString } from 'mdast-util-to-string'

import { urlProblem } from '@/lib/url-policy'

import { checkImageReference } from './images'
import { isGitHubIssueUrl, warnTrackingParameters } from './links'
import { checkDecodedText } from './text'
import type { Point, ProblemList } from './problems'
import { describeIssue } from './problems'
import {
  ALLOWED_HTML,
  RESERVED_IDS,
  componentSpecs,
  isComponentName,
  isSafeUrl,
  type ComponentName,
  type ComponentProps,
  type Difficulty,
  type TaskStatus,
} from './schema'

/** The structured blocks of one issue, extracted from its MDX syntax tree. */
export interface IssueBlocks {
  contributors: ContributorsBlock[]
  qa: QAEntry[]
  tasks: TaskEntry[]
  reading: ReadingEntry[]
  headings: Heading[]
}

export interface ContributorsBlock {
  banner?: { src: string; alt: string; width?: number; height?: number }
  people: Contributor[]
}

export interface Contributor {
  login: string
  name?: string
  project?: string
  contribution?: string
}

export interface QAEntry {
  /** Anchor within the issue page, `qa-1` unless the maintainer chose one. */
  id: string
  asker: string
  project?: string
  /**
   * The `<Question>` element in the issue's validated syntax tree, rendered from that node wherever the Q&A is shown
   * (never from re-parsed source text), and its plain text for search.
   */
  question: { node: MdxJsxFlowElement | MdxJsxTextElement; text: string }
  answers: { by?: string; node: MdxJsxFlowElement | MdxJsxTextElement; text: string }[]
  links: { href: string; label?: string }[]
}

export interface TaskEntry {
  /** Anchor within the issue page, `task-1` unless the maintainer chose one. */
  id: string
  project: string
  /** Undefined for tasks whose announcement gave no difficulty (old issues). */
  difficulty?: Difficulty
  title: string
  href: string
  status: TaskStatus
  /** Where the task is written in its file, for checks that compare it with something else (GitHub's state). */
  at: Point
}

export interface ReadingEntry {
  title: string
  href: string
  source?: string
  /** Where the entry is written in its file, for checks that compare issues (a link recommended twice). */
  at: Point
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

const BLOCK_ID_PREFIX = { QA: 'qa', Task: 'task' } as const

function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

function isBlank(node: Nodes): boolean {
  return node.type === 'text' && node.value.trim() === ''
}

/**
 * Gives every `<QA>` and `<Task>` an `id` attribute (`qa-1`, `task-1`, … in document order) unless it has one, in the
 * tree every renderer uses, so the anchors on the page are the ids the indexes link to.
 */
function assignBlockIds(tree: Root): void {
  const counters = { QA: 0, Task: 0 }
  const visit = (node: Nodes): void => {
    if (isJsxElement(node) && (node.name === 'QA' || node.name === 'Task')) {
      counters[node.name] += 1
      const hasId = node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')
      if (!hasId) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: `${BLOCK_ID_PREFIX[node.name]}-${counters[node.name]}` })
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}

/**
 * Paragraphs that only wrap components (`<Task … />` written inline) are dropped around them, so a container's
 * children are its components however the maintainer spaced them.
 */
function unwrapComponentParagraphs(tree: Root): void {
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return
    if (isJsxElement(node) && node.name && isComponentName(node.name)) {
      const spec = componentSpecs[node.name]
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

  const blocks: IssueBlocks = { contributors: [], qa: [], tasks: [], reading: [], headings: [] }
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
  const readProps = <Name extends ComponentName>(element: JsxElement, name: Name): ComponentProps<Name> | undefined => {
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
    const result = componentSpecs[name].props.safeParse(raw)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]
        // Already reported with a better message (an expression, a missing value, an event handler).
        if (typeof key === 'string' && rejected.has(key)) continue
        const where = (typeof key === 'string' && attributeAt.get(key)) || at(element)
        let message = describeIssue(issue, raw, 'prop')
        if (issue.code === 'unrecognized_keys') {
          const known = Object.keys(componentSpecs[name].props.shape)
          message += known.length ? `; <${name}> takes ${known.map((k) => `"${k}"`).join(', ')}` : `; <${name}> takes no props`
        }
        problems.error(where, `<${name}> ${message}`)
      }
      return undefined
    }
    const props = result.data as ComponentProps<Name>
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

    const spec = componentSpecs[name]
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

    switch (name) {
      case 'Contributors': {
        const p = props as ComponentProps<'Contributors'>
        const people = jsxChildren(element, 'Contributor').flatMap((child) => {
          const person = readPropsQuietly(child, 'Contributor')
          return person ? [person] : []
        })
        if (p.banner && !p.alt) {
          problems.error(at(element), '<Contributors> banner needs alt="…" describing who it features, for readers who cannot see it')
        }
        if (!p.banner && people.length === 0) {
          problems.error(at(element), '<Contributors> needs a banner="…" image or at least one <Contributor />')
        }
        blocks.contributors.push({
          banner: p.banner && p.alt ? { src: p.banner, alt: p.alt, width: num(p.width), height: num(p.height) } : undefined,
          people,
        })
        break
      }
      case 'QA': {
        const p = props as ComponentProps<'QA'>
        const questions = jsxChildren(element, 'Question')
        const answers = jsxChildren(element, 'Answer')
        if (questions.length !== 1) {
          problems.error(at(element), `<QA> needs exactly one <Question>, found ${questions.length}`)
        }
        if (answers.length === 0) problems.error(at(element), '<QA> needs at least one <Answer>')
        const question = questions[0]
        if (questions.length !== 1 || !question || answers.length === 0) break
        blocks.qa.push({
          id: p.id ?? '',
          asker: p.asker,
          project: p.project,
          question: markdownOf(question),
          answers: answers.map((answer) => ({ by: readPropsQuietly(answer, 'Answer')?.by, ...markdownOf(answer) })),
          links: jsxChildren(element, 'QALink').flatMap((link) => {
            const q = readPropsQuietly(link, 'QALink')
            return q ? [{ href: q.href, label: q.label }] : []
          }),
        })
        break
      }
      case 'Task': {
        const p = props as ComponentProps<'Task'>
        if (!p.difficulty) {
          problems.warn(
            at(element),
            '<Task> has no difficulty; add difficulty="easy", "medium" or "hard" (only tasks imported from an archive that never stated one may leave it out)',
          )
        }
        if (!isGitHubIssueUrl(p.href)) {
          problems.warn(
            pointOfAttribute(element, 'href'),
            `<Task> href "${p.href}" is not a GitHub issue or comment; expected https://github.com/OWNER/REPO/issues/NUMBER, where newcomers can claim the task`,
          )
        }
        blocks.tasks.push({ id: p.id ?? '', project: p.project, difficulty: p.difficulty, title: p.title, href: p.href, status: p.status, at: at(element) ?? { line: 1, column: 1 } })
        break
      }
      case 'Reading': {
        const p = props as ComponentProps<'Reading'>
        blocks.reading.push({ title: p.title, href: p.href, source: p.source, at: at(element) ?? { line: 1, column: 1 } })
        break
      }
      default:
        break
    }
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
function readPropsQuietly<Name extends ComponentName>(element: JsxElement, name: Name): ComponentProps<Name> | undefined {
  const raw = Object.fromEntries(
    element.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])),
  )
  const result = componentSpecs[name].props.safeParse(raw)
  return result.success ? (result.data as ComponentProps<Name>) : undefined
}

/** Nodes whose children are blocks, each on its own line; other nodes hold inline content, joined as it is. */
const BLOCK_CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'mdxJsxFlowElement'])

/**
 * The text of a tree as a reader sees it: blocks on their own lines, so that "官网：https://x" and the next
 * paragraph's "SOFAStack" do not run together into one word in snippets and in the search index.
 */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value
  if (node.type === 'break') return '\n'
  if (node.type === 'image') return node.alt ?? ''
  if (!('children' in node)) return ''
  const parts = (node.children as Nodes[]).map(plainText)
  return BLOCK_CONTAINERS.has(node.type) ? parts.map((part) => part.trim()).filter(Boolean).join('\n') : parts.join('')
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

function num(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value)
}
