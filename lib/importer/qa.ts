import type { Paragraph, PhrasingContent, RootContent } from 'mdast'

import { jsxElement, joinLines, linksIn, plainText, splitLines, warnAt, type ConversionContext, type ConvertedSection } from './nodes'
import { cleanProjectLabel, parseGitHubUrl, type ProjectRegistry } from './projects'

/**
 * `@周衡 提问：`, `**1、@瀚墨** 提问：`, `1.@有时候 提问：`, `**1. 信广健** 提问：`, `**2. 肖文璧 提问**`, `**1. 小白**`,
 * `**1.@linkoog  #602**` (an issue number instead of 提问), with full-width or ASCII colons. Read on plain text,
 * so bold or not does not matter.
 */
const ASKER_LINE = /^(?:(\d+)\s*[、.．，,)）]\s*)?(@)?\s*([^\s@:：#][^:：#]*?)\s*(?:#(\d+))?\s*(提问)?\s*(?:[:：]\s*(.*))?$/

export interface AskerLine {
  asker: string
  /** `#602`: the question is a GitHub issue of the project named after the answer. */
  issue?: string
  /** A question written on the asker's own line, after `提问：`. */
  question?: string
}

export function readAskerLine(text: string): AskerLine | undefined {
  // An asker line is short; the cap also bounds the pattern's backtracking on long paragraphs.
  if (text.length > 500) return undefined
  const match = ASKER_LINE.exec(text.trim())
  if (!match) return undefined
  const [, number, at, name = '', issue, asked, rest] = match
  // A numbered sentence in an answer (`2、如果注册的时候…，很有可能…`) is not a name.
  if (name.length > 24 || /[，。？！?!,；;、“”"()（）]/.test(name)) return undefined
  if (rest && !asked) return undefined
  const words = name.split(/\s+/).length
  const looksLikeAsker = Boolean(asked) || (Boolean(at) && (Boolean(number) || Boolean(issue) || words === 1)) || (Boolean(number) && words <= 2)
  if (!looksLikeAsker) return undefined
  return { asker: name, issue, question: rest?.trim() || undefined }
}

const ANSWER_START = /^\s*[AＡ]\s*[：:]/
const ANSWER_LABELS = /^(?:\s*[AＡ]\s*[：:]\s*)+/
const QUESTION_START = /^\s*[QＱ]\s*[：:]/
const QUESTION_LABELS = /^(?:\s*[QＱ]\s*[：:]\s*)+/

/**
 * `SOFARPC：https://github.com/sofastack/sofa-rpc`, `「MOSN」：[…](…)`, `**「Layotto」**：*https://github.com/mosn/layotto*`:
 * the project a thread was about, written after the answer. Only a repository or organisation link counts, so
 * `详细 issue：https://github.com/…/issues/268` stays part of the answer.
 */
const PROJECT_LINE = /^[「【]?\s*([^「」【】:：\s][^「」【】:：]{0,30}?)\s*[」】]?\s*[:：]?\s*(https?:\/\/(?:www\.)?github\.com\/[\w.-]+(?:\/[\w.-]+)?)\/?\s*$/i

export interface ProjectLine {
  label: string
  url: string
}

export function readProjectLine(line: PhrasingContent[]): ProjectLine | undefined {
  const match = PROJECT_LINE.exec(plainText(line))
  if (!match?.[1] || !match[2] || /阅读|参考|详见|文档|链接/.test(match[1])) return undefined
  const link = linksIn(line)[0]
  return { label: cleanProjectLabel(match[1]), url: link && parseGitHubUrl(link.url) ? link.url.replace(/\/+$/, '') : match[2] }
}

interface Pair {
  question: RootContent[]
  answers: RootContent[][]
}

interface Thread {
  asker: AskerLine
  /** The asker line itself, kept when the thread yields no Q&A at all. */
  source: RootContent
  pairs: Pair[]
  /** Project lines, each with the index of the pair that was current when it was read. */
  projects: (ProjectLine & { afterPair: number })[]
}

type Item = { markdown: RootContent } | { thread: Thread }

/** Removes `A：` (also a doubled `A：A：`, or a bold `**A：**`) from the start of a paragraph. */
function stripLeadingLabel(paragraph: Paragraph, labels: RegExp): void {
  // True when content remains at the start of `nodes`.
  const strip = (nodes: PhrasingContent[]): boolean => {
    while (nodes.length > 0) {
      const first = nodes[0] as PhrasingContent
      if (first.type === 'text') {
        first.value = first.value.replace(labels, '').replace(/^\s+/, '')
        if (first.value) return true
      } else if (first.type === 'strong' || first.type === 'emphasis') {
        if (strip(first.children)) return true
      } else {
        return true
      }
      nodes.shift()
    }
    return false
  }
  strip(paragraph.children)
}

function askerOf(node: RootContent): AskerLine | undefined {
  if (node.type === 'paragraph') {
    const [first = [], ...rest] = splitLines(node)
    const asker = readAskerLine(plainText(first))
    if (!asker) return undefined
    const more = joinLines(rest)
    return more ? { ...asker, question: [asker.question, plainText(more)].filter(Boolean).join('\n') } : asker
  }
  // `1. @bar 提问：` on its own line is a one-item ordered list to a Markdown parser.
  if (node.type === 'list' && node.ordered && node.children.length === 1) {
    const [item] = node.children
    const [paragraph] = item?.children ?? []
    if (item?.children.length === 1 && paragraph?.type === 'paragraph') return readAskerLine(`${node.start ?? 1}. ${plainText(paragraph)}`)
  }
  return undefined
}

/**
 * Turns a reader Q&A section into `<QA>` components: one per question and answer, so a thread where one asker
 * asks again after the answer becomes several entries from that asker, each with the thread's project. Text around
 * the threads (the section's introduction) stays Markdown.
 */
export function convertQASection(
  nodes: RootContent[],
  registry: ProjectRegistry,
  context: ConversionContext,
): ConvertedSection {
  const items: Item[] = []
  let thread: Thread | undefined
  let pair: Pair | undefined

  const startQuestion = (node: RootContent): void => {
    if (!thread) return
    pair = { question: [node], answers: [] }
    thread.pairs.push(pair)
  }
  const append = (node: RootContent): void => {
    if (!thread) items.push({ markdown: node })
    else if (!pair) startQuestion(node)
    else if (pair.answers.length > 0) pair.answers[pair.answers.length - 1]?.push(node)
    else pair.question.push(node)
  }

  for (const node of nodes) {
    const asker = askerOf(node)
    if (asker) {
      thread = { asker, source: node, pairs: [], projects: [] }
      pair = undefined
      items.push({ thread })
      if (asker.question) startQuestion({ type: 'paragraph', children: [{ type: 'text', value: asker.question }] })
      continue
    }
    if (node.type === 'blockquote' && thread) {
      if (!pair || pair.answers.length > 0) startQuestion(node)
      else pair.question.push(node)
      continue
    }
    if (node.type !== 'paragraph' || !thread) {
      append(node)
      continue
    }

    // A project line may close an answer's paragraph (`A：…\nSeata：https://github.com/seata/seata`).
    const lines = splitLines(node).filter((line) => {
      const project = thread && readProjectLine(line)
      if (project) thread?.projects.push({ ...project, afterPair: (thread?.pairs.length ?? 0) - 1 })
      return !project
    })
    const paragraph = joinLines(lines, node.position)
    if (!paragraph) continue
    const text = plainText(paragraph)
    if (ANSWER_START.test(text)) {
      stripLeadingLabel(paragraph, ANSWER_LABELS)
      if (pair) pair.answers.push([paragraph])
      else {
        warnAt(context, node, `answer without a question from @${thread.asker.asker}; kept as Markdown`)
        items.push({ markdown: paragraph })
      }
    } else if (QUESTION_START.test(text)) {
      stripLeadingLabel(paragraph, QUESTION_LABELS)
      startQuestion(paragraph)
    } else {
      append(paragraph)
    }
  }

  let count = 0
  const out: RootContent[] = items.flatMap((item) => {
    if ('markdown' in item) return [item.markdown]
    const elements = threadToElements(item.thread, registry, context)
    count += elements.filter((element) => element.type === 'mdxJsxFlowElement').length
    return elements
  })
  return { nodes: out, count }
}

/** The project line each pair belongs to: the first one after it in its thread, else the last one before it. */
function projectsOfPairs(thread: Thread): (ProjectLine | undefined)[] {
  const assigned: (ProjectLine | undefined)[] = thread.pairs.map(() => undefined)
  for (const project of thread.projects) {
    for (let index = 0; index <= project.afterPair && index < assigned.length; index++) assigned[index] ??= project
  }
  const last = thread.projects[thread.projects.length - 1]
  return assigned.map((project) => project ?? last)
}

/** A question's blockquotes are unwrapped: `<Question>` is itself shown as a quote. */
function questionContent(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => (node.type === 'blockquote' ? node.children : [node]))
}

function threadToElements(thread: Thread, registry: ProjectRegistry, context: ConversionContext): RootContent[] {
  const projects = projectsOfPairs(thread)
  const out: RootContent[] = []
  thread.pairs.forEach((pair, index) => {
    const question = questionContent(pair.question)
    if (pair.answers.length === 0 || question.length === 0) {
      warnAt(
        context,
        pair.question[0] ?? thread.source,
        `question from @${thread.asker.asker} has no answer ("A：") after it; kept as Markdown after the Q&A`,
      )
      out.push(...pair.question, ...pair.answers.flat())
      return
    }
    const projectLine = projects[index]
    const project = projectLine ? registry.resolveUrl(projectLine.url, projectLine.label) : undefined
    const links = projectLine ? [jsxElement('QALink', { label: projectLine.label || undefined, href: projectLine.url })] : []
    const repo = projectLine && parseGitHubUrl(projectLine.url)
    if (thread.asker.issue && repo?.repo) {
      links.unshift(jsxElement('QALink', { label: `issue #${thread.asker.issue}`, href: `https://github.com/${repo.owner}/${repo.repo}/issues/${thread.asker.issue}` }))
    }
    out.push(
      jsxElement('QA', { asker: thread.asker.asker, project }, [
        jsxElement('Question', {}, question),
        ...pair.answers.map((answer) => jsxElement('Answer', {}, answer)),
        ...links,
      ]),
    )
  })
  if (!out.some((node) => node.type === 'mdxJsxFlowElement')) out.unshift(thread.source)
  return out
}
