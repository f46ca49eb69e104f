import type { ElementContent } from 'hast'

import { childElements, element, link, propsOf, text, type FeedRenderer } from '@/lib/feed/block-html'

/** The question quoted with who asked it, then each answer, then the links to read on. */
export const QA: FeedRenderer = (node, { state, t, projectLink }) => {
  const { asker, project } = propsOf(node, 'QA')
  const question = childElements(node, 'Question')[0]
  const asked = element('p', {}, [
    element('strong', {}, [text(`@${asker}`)]),
    text(` ${t.asked}`),
    ...(project ? [text(' · '), projectLink(project)] : []),
  ])
  const result: ElementContent[] = [element('blockquote', {}, [asked, ...(question ? state.all(question) : [])])]
  for (const answer of childElements(node, 'Answer')) {
    const { by } = propsOf(answer, 'Answer')
    const body = state.all(answer)
    const lead = element('strong', {}, [text(t.answerLead)])
    // The label opens the answer's first paragraph, as on the page; an answer that starts with a list gets its own.
    const first = body[0]
    if (first?.type === 'element' && first.tagName === 'p') first.children.unshift(lead)
    else result.push(element('p', {}, [lead]))
    result.push(...body)
    if (by) result.push(element('p', {}, [element('em', {}, [text(t.answerBy(by))])]))
  }
  for (const qaLink of childElements(node, 'QALink')) {
    const { href, label } = propsOf(qaLink, 'QALink')
    result.push(element('p', {}, [...(label ? [text(t.linkLabel(label))] : []), link(href, href)]))
  }
  return result
}
