import type { Components } from 'hast-util-to-jsx-runtime'

import { ContentImage } from '@/components/ContentImage'
import { REMOTE_IMAGE_BOX } from '@/lib/content/images'
import type { ComponentName } from './specs'
import { getInterface } from '@/lib/i18n'
import { withBasePath } from '@/lib/urls/base-path'

import { Contributor, Contributors, type ContributorsProps } from './contributors/page'
import { Event } from './event/page'
import { Answer, QA, QALink, Question } from './qa/page'
import { Reading, ReadingList } from './reading-list/page'
import { Release } from './release/page'
import { Task, TaskBoard } from './task-board/page'

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
  Release,
  Event,
} satisfies Record<ComponentName, unknown>

/** A Markdown image: its own width up to the column's when it is on this site, else in a fixed 16:9 box. */
function markdownImage(priorityImage: string | undefined): Components['img'] {
  return function MarkdownImage({ src, alt }) {
    return typeof src === 'string' ? (
      <ContentImage
        src={src}
        alt={alt ?? ''}
        layout="natural"
        priority={src === priorityImage}
        // An image of another host has a size nobody wrote down: a box keeps the page still while it loads.
        remote={{ ...REMOTE_IMAGE_BOX.markdown, className: 'aspect-video h-auto w-full max-w-sm object-contain' }}
      />
    ) : null
  }
}

export const mdxComponents: Partial<Components> & typeof weeklyComponents = {
  ...weeklyComponents,
  img: markdownImage(undefined),
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

/**
 * The registry for a page whose largest image (`priorityImage`, its URL) is in the content: that image loads at
 * once and first, wherever it is (a Markdown image, a banner); the others load lazily.
 */
export function mdxComponentsFor(priorityImage: string | undefined): typeof mdxComponents {
  if (!priorityImage) return mdxComponents
  return {
    ...mdxComponents,
    img: markdownImage(priorityImage),
    Contributors: (props: ContributorsProps) => <Contributors {...props} priority={props.banner === priorityImage} />,
  }
}
