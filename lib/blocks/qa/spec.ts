import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { z } from 'zod'

import { anchorId, nonEmpty, projectId, safeUrl } from '@/lib/content/schema'

import { component } from '../define'

export interface QAEntry {
  /** Anchor within the issue page, `qa-1` unless the maintainer chose one. */
  id: string
  asker: string
  project?: string
  /**
   * The `<Question>` element in the validated syntax tree, rendered from that node wherever the Q&A is shown
   * (never from re-parsed source text), and its plain text for search.
   */
  question: { node: MdxJsxFlowElement | MdxJsxTextElement; text: string }
  answers: { by?: string; node: MdxJsxFlowElement | MdxJsxTextElement; text: string }[]
  links: { href: string; label?: string }[]
}

const Answer = component({
  props: z.strictObject({ by: nonEmpty.optional() }),
  parents: ['QA'],
  children: 'markdown',
})

const QALink = component({
  props: z.strictObject({ href: safeUrl, label: nonEmpty.optional() }),
  parents: ['QA'],
  children: 'none',
})

/** A reader's question and the community's answers, with links to read on. */
export const qaSpecs = {
  QA: component({
    props: z.strictObject({
      asker: nonEmpty,
      project: projectId.optional(),
      id: anchorId.optional(),
    }),
    parents: null,
    children: ['Question', 'Answer', 'QALink'],
    idPrefix: 'qa',
    extract(props, element, { blocks, problems, at, children, read, markdownOf }) {
      const questions = children(element, 'Question')
      const answers = children(element, 'Answer')
      if (questions.length !== 1) problems.error(at(element), `<QA> needs exactly one <Question>, found ${questions.length}`)
      if (answers.length === 0) problems.error(at(element), '<QA> needs at least one <Answer>')
      const question = questions[0]
      if (questions.length !== 1 || !question || answers.length === 0) return
      blocks.qa.push({
        id: props.id ?? '',
        asker: props.asker,
        project: props.project,
        question: markdownOf(question),
        answers: answers.map((answer) => ({ by: read(answer, Answer)?.by, ...markdownOf(answer) })),
        links: children(element, 'QALink').flatMap((link) => {
          const linkProps = read(link, QALink)
          return linkProps ? [{ href: linkProps.href, label: linkProps.label }] : []
        }),
      })
    },
  }),
  Question: component({ props: z.strictObject({}), parents: ['QA'], children: 'markdown' }),
  Answer,
  QALink,
}
