import type { Components } from 'hast-util-to-jsx-runtime'

import { RemoteImage } from '@/components/RemoteImage'
import type { ComponentName } from '@/lib/content/schema'
import { getInterface } from '@/lib/i18n'
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

export const mdxComponents: Partial<Components> & typeof weeklyComponents = {
  ...weeklyComponents,
  // Markdown images come from other hosts at sizes nobody wrote down. A fixed 16:9 box (the image contained in it)
  // keeps the page from shifting when they load; the width and height attributes state that box.
  img: ({ src, alt }) =>
    typeof src === 'string' ? (
      <RemoteImage src={src} alt={alt ?? ''} width={768} height={432} className="aspect-video h-auto w-full max-w-sm object-contain" />
    ) : null,
  // Code and tables keep their lines and scroll sideways in their own box (app/globals.css), never the page. A box
  // that scrolls must take keyboard focus to be scrolled without a mouse; a table's box is a labelled region.
  pre: ({ children, ...props }) => (
    <pre tabIndex={0} {...props}>
      {children}
    </pre>
  ),
  table: ({ children, ...props }) => (
    <section aria-label={getInterface().t.table} tabIndex={0} className="table-scroll">
      <table {...props}>{children}</table>
    </section>
  ),
  // A Markdown link to this site (`[archive](/weekly)`) is a plain <a>, which Next.js does not prefix: under a base
  // path it must point into it.
  a: ({ href, children, ...props }) => (
    <a href={href === undefined ? undefined : withBasePath(href)} {...props}>
      {children}
    </a>
  ),
}
