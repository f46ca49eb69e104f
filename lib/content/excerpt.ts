import type { Nodes, Root } from 'mdast'

import type { Issue } from './issue'
import { plainText } from './plain-text'
import { processWeakMap } from '@/lib/process-cache'

const excerpts = processWeakMap<Issue, string>('excerpt')

/**
 * A short plain-text description of an issue for link previews, feeds and search engines: its `summary` when the
 * maintainer wrote one, else the opening paragraphs of the body (components, headings and quotes skipped), cut at a
 * character boundary near `maxLength`. Computed once per loaded issue.
 */
export function getIssueDescription(issue: Issue, maxLength = 160): string {
  if (issue.summary) return issue.summary
  let excerpt = excerpts.get(issue)
  if (excerpt === undefined) {
    excerpt = truncate(openingText(issue.tree), maxLength)
    excerpts.set(issue, excerpt)
  }
  return excerpt || issue.title
}

function openingText(tree: Root): string {
  const paragraphs: string[] = []
  for (const node of tree.children as Nodes[]) {
    if (node.type === 'paragraph') paragraphs.push(plainText(node).replace(/\s+/g, ' ').trim())
    else if (node.type === 'heading' && paragraphs.length > 0) break
  }
  return paragraphs.filter(Boolean).join(' ')
}

function truncate(text: string, maxLength: number): string {
  const characters = [...text]
  return characters.length <= maxLength ? text : `${characters.slice(0, maxLength - 1).join('').trimEnd()}…`
}
