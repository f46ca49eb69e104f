import type { ReactNode } from 'react'

import type { ComponentProps } from '@/lib/blocks/specs'
import { getProject } from '@/lib/content'
import { formatIssueDate } from '@/lib/dates'
import { getInterface } from '@/lib/i18n'
import { withBasePath } from '@/lib/urls/base-path'
import { routes } from '@/lib/urls/routes'

export type ReleaseProps = ComponentProps<'Release'> & { children?: ReactNode }

/** A release: project and version, its day, a link to its notes, and the main changes as the maintainer listed them. */
export function Release({ project, version, date, href, id, children }: ReleaseProps) {
  const { locale, t } = getInterface()
  const name = getProject(project)?.name ?? project
  return (
    <article id={id} className="not-prose my-6 scroll-mt-20 rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p className="text-base font-semibold text-zinc-900 dark:text-zinc-100">
          <a href={withBasePath(routes.project(project))} className="underline-offset-2 hover:text-sky-700 hover:underline dark:hover:text-sky-400">
            {name}
          </a>{' '}
          <span className="font-mono break-all">{version}</span>
        </p>
        {date ? (
          <time dateTime={date} className="text-sm text-zinc-600 dark:text-zinc-400">
            {formatIssueDate(date, locale)}
          </time>
        ) : null}
        {href ? (
          <a href={href} className="text-sm text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
            {t.releaseNotes}
          </a>
        ) : null}
      </header>
      {children ? <div className="qa-markdown prose prose-zinc mt-2 max-w-none break-words dark:prose-invert [&>ul]:my-1">{children}</div> : null}
    </article>
  )
}
