import type { List, Paragraph, RootContent } from 'mdast'

import type { Difficulty } from '../content/schema'
import { jsxElement, linksIn, onlyLink, plainText, unwrapEmphasis, warnAt, type ConversionContext, type ConvertedSection } from './nodes'
import { parseGitHubUrl, type ProjectRegistry } from './projects'

const DIFFICULTY_WORDS: Record<string, Difficulty> = {
  easy: 'easy',
  medium: 'medium',
  hard: 'hard',
  简单: 'easy',
  中等: 'medium',
  困难: 'hard',
}

/** `- Easy` (a one-item list), `**Easy**`, `Medium：`: the difficulty of the tasks that follow. */
export function readDifficulty(node: RootContent): Difficulty | undefined {
  const text =
    node.type === 'paragraph'
      ? plainText(node)
      : node.type === 'list' && node.children.length === 1 && node.children[0]?.children.length === 1
        ? plainText(node.children[0])
        : ''
  return DIFFICULTY_WORDS[text.replace(/[:：]$/, '').trim().toLowerCase()]
}

/** `「详细参考」：`, `详见 ：`, `**「详见」：**`: the link to the tasks above follows. */
const LINK_LABEL = /^[「【]?\s*(?:详细参考|详见|详情|参考|更多详情|任务详情|任务列表|链接)\s*[」】]?\s*[:：]?$/

/** The URL of a line that links the tasks above: a label and one link, or (after a label line) the link alone. */
function readLinkLine(node: RootContent, afterLabel: boolean): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const link = onlyLink(node.children)
  if (link) return afterLabel ? link.url : undefined
  const links = linksIn(node.children)
  if (links.length !== 1 || !links[0]) return undefined
  const label = plainText(unwrapEmphasis(node.children).filter((child) => child.type !== 'link'))
  return LINK_LABEL.test(label) ? links[0].url : undefined
}

function isLinkLabel(node: RootContent): boolean {
  return node.type === 'paragraph' && linksIn(node.children).length === 0 && LINK_LABEL.test(plainText(node))
}

/**
 * `Layotto`, `**SOFARPC**`, `Layotto 新手任务：`: the project the next tasks belong to. A name the registry knows, or
 * a one- or two-word Latin name (tasks are written in Chinese; `JFR 埋点` is a task, not a project).
 */
function readProjectMarker(node: RootContent, registry: ProjectRegistry, expectingProject: boolean): string | undefined {
  if (node.type !== 'paragraph' || linksIn(node.children).length > 0) return undefined
  const name = plainText(node)
    .replace(/\s*新手任务\s*[:：]?$/, '')
    .replace(/[:：]$/, '')
    .trim()
  if (!name) return undefined
  if (registry.findByLabel(name)) return name
  return expectingProject && /^[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?$/.test(name) ? name : undefined
}

interface TaskItem {
  title: string
  /** A task written as its own link (`- [Add tests](…/issues/1)`). */
  href?: string
}

function cleanTitle(text: string): string {
  return text.replace(/[；;。.,，、]+$/, '').trim()
}

function taskOfParagraph(paragraph: Paragraph): TaskItem | undefined {
  const links = linksIn(paragraph.children)
  if (links.length === 0) {
    const title = cleanTitle(plainText(paragraph))
    return title ? { title } : undefined
  }
  const link = onlyLink(paragraph.children)
  const title = link && cleanTitle(plainText(link))
  return link && title && parseGitHubUrl(link.url) ? { title, href: link.url } : undefined
}

/** Tasks written as paragraphs (one per line of the legacy layout) or as a list, one task per item. */
function readTaskItems(node: RootContent): TaskItem[] | undefined {
  if (node.type === 'paragraph') {
    const task = taskOfParagraph(node)
    return task ? [task] : undefined
  }
  if (node.type === 'list') {
    const tasks = (node as List).children.map((item) => {
      const [paragraph] = item.children
      return item.children.length === 1 && paragraph?.type === 'paragraph' ? taskOfParagraph(paragraph) : undefined
    })
    return tasks.every((task) => task !== undefined) ? tasks : undefined
  }
  return undefined
}

interface PendingTask extends TaskItem {
  difficulty?: Difficulty
}

/**
 * Turns a newcomer-task section into a `<TaskBoard>`. The legacy layout lists a project, difficulties (`- Easy`),
 * task titles under each, then one link (`「详细参考」：…`) for all of them; later years drop the difficulty or the
 * project name. The project comes from the link's repository, else from the name above the tasks. The board takes
 * the place of the first task; the introduction and anything that is not a task stay Markdown.
 */
export function convertTaskSection(
  nodes: RootContent[],
  registry: ProjectRegistry,
  context: ConversionContext,
): ConvertedSection {
  const out: RootContent[] = []
  const board = jsxElement('TaskBoard', {})
  let boardPlaced = false
  let projectLabel: string | undefined
  let difficulty: Difficulty | undefined
  let pending: PendingTask[] = []
  // The legacy nodes behind `pending`, put back as Markdown when no link ever comes for them.
  let consumed: RootContent[] = []
  let started = false
  let awaitingLink = false

  const placeBoard = (): void => {
    if (!boardPlaced) out.push(board)
    boardPlaced = true
  }
  const addTask = (task: PendingTask, href: string, project: string): void => {
    placeBoard()
    board.children.push(jsxElement('Task', { project, difficulty: task.difficulty, title: task.title, href }))
  }
  const restore = (message: string): void => {
    if (pending.length > 0) {
      warnAt(context, consumed[0], `${pending.length} task${pending.length === 1 ? '' : 's'} kept as Markdown: ${message}`)
      out.push(...consumed)
    }
    pending = []
    consumed = []
  }
  /** Gives the pending tasks the link that closes their group, and their project from it. */
  const flush = (href: string): void => {
    const project = registry.resolveUrl(href, projectLabel) ?? (projectLabel ? registry.findByLabel(projectLabel) : undefined)
    if (project) {
      for (const task of pending) addTask(task, href, project)
      pending = []
      consumed = []
    } else {
      restore(`their link ${href} names no project (not a GitHub repository, and "${projectLabel ?? ''}" is not in the registry)`)
    }
    difficulty = undefined
    awaitingLink = false
  }

  for (const node of nodes) {
    const level = readDifficulty(node)
    if (level) {
      started = true
      difficulty = level
      consumed.push(node)
      continue
    }
    const href = started || pending.length > 0 ? readLinkLine(node, awaitingLink) : undefined
    if (href) {
      consumed.push(node)
      flush(href)
      continue
    }
    if (started && isLinkLabel(node)) {
      awaitingLink = true
      consumed.push(node)
      continue
    }
    const project = readProjectMarker(node, registry, difficulty === undefined)
    if (project) {
      restore(`no link follows them before ${project}`)
      started = true
      projectLabel = project
      difficulty = undefined
      consumed.push(node)
      continue
    }
    const items = started ? readTaskItems(node) : undefined
    if (items) {
      let waiting = false
      for (const item of items) {
        const itemProject = item.href && registry.resolveUrl(item.href)
        if (item.href && itemProject) addTask({ ...item, difficulty }, item.href, itemProject)
        else {
          pending.push({ ...item, difficulty })
          waiting = true
        }
      }
      if (waiting) consumed.push(node)
      continue
    }
    if (started) restore('no link follows them')
    out.push(node)
  }
  restore('no link follows them')
  return { nodes: out, count: board.children.length }
}
