import { FromIssue } from '@/components/FromIssue'
import { MdxContent } from '@/components/MdxContent'
import { Answer, QA, QALink, Question } from '@/lib/blocks/qa/page'
import { getIssue, type QAItem } from '@/lib/content'
import { elementChildrenHast } from '@/lib/render/hast'

export interface QAItemViewProps {
  item: QAItem
}

/** A Q&A outside its issue: the same layout, a site-wide anchor, and a link back to where it was answered. */
export function QAItemView({ item }: QAItemViewProps) {
  const tree = getIssue(item.issue.slug)?.tree
  if (!tree) throw new Error(`Q&A ${item.anchor} belongs to no loaded issue`)
  return (
    <li data-qa="" data-project={item.project ?? ''} className="list-none">
      <QA asker={item.asker} project={item.project} id={item.anchor}>
        <Question>
          <MdxContent nodes={elementChildrenHast(tree, item.question.node)} />
        </Question>
        {item.answers.map((answer, index) => (
          <Answer key={index} by={answer.by}>
            <MdxContent nodes={elementChildrenHast(tree, answer.node)} />
          </Answer>
        ))}
        {item.links.map((link) => (
          <QALink key={link.href} href={link.href} label={link.label} />
        ))}
        <p className="border-t border-zinc-200 pt-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <FromIssue issue={item.issue} anchor={item.id} />
        </p>
      </QA>
    </li>
  )
}
