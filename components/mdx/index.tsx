import type { MDXComponents } from 'mdx/types'

import { RemoteImage } from '@/components/RemoteImage'
import type { ComponentName } from '@/lib/content/schema'
import { withBasePath } from '@/lib/paths'

import { Contributor, Contributors } from './Contributors'
import { Answer, QA, QALink, Question } from './QA'
import { Reading, ReadingList } from './ReadingList'
import { Task, TaskBoard } from './TaskBoard'

/**
 * The one registry of components an issue may use. It must name exactly the components the content layer
 * validates (lib/content/schema.ts), which `satisfies` checks at compile time.
 */
export const weeklyComponents = {
  Contributors,
  Contributor,
  QA,
  Question,
  Answer,
  QALink,
  TaskBoard,
  Task,
  ReadingList,
  Reading,
} satisfies Record<ComponentName, unknown>

export const mdxComponents: MDXComponents = {
  ...weeklyComponents,
  // Markdown images come from other hosts at unknown sizes: lazy, and scaled to the column by CSS.
  img: ({ src, alt }) =>
    typeof src === 'string' ? <RemoteImage src={src} alt={alt ?? ''} /> : null,
  // A Markdown link to this site (`[archive](/weekly)`) is a plain <a>, which Next.js does not prefix: under a base
  // path it must point into it.
  a: ({ href, children, ...props }) => (
    <a href={href === undefined ? undefined : withBasePath(href)} {...props}>
      {children}
    </a>
  ),
}
