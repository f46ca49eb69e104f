import type { ReactNode } from 'react'

import type { ComponentProps } from '@/lib/blocks/specs'
import { withBasePath } from '@/lib/urls/base-path'

/** Recommended reading: one link per line, with where it was published. */
export function ReadingList({ children }: { children?: ReactNode }) {
  return <ul className="not-prose my-6 space-y-3">{children}</ul>
}

export type ReadingProps = ComponentProps<'Reading'>

export function Reading({ title, href, source }: ReadingProps) {
  return (
    <li className="rounded-xl border border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <a href={withBasePath(href)} className="font-medium break-words text-zinc-900 underline-offset-2 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400">
        {title}
      </a>
      {source ? <p className="mt-0.5 text-sm text-zinc-500 dark:text-zinc-400">{source}</p> : null}
    </li>
  )
}
