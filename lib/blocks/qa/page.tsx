import type { ReactNode } from 'react'

import { GitHubLinkBadge } from '@/components/GitHubLinkBadge'
import { ProjectBadge } from '@/components/ProjectBadge'
import type { ComponentProps } from '@/lib/blocks/specs'
import { getInterface } from '@/lib/i18n'
import { withBasePath } from '@/lib/urls/base-path'

export type QAProps = ComponentProps<'QA'> & { children?: ReactNode }

/** One reader question with its answers; `id` is the anchor the Q&A knowledge base links to. */
export function QA({ asker, project, id, children }: QAProps) {
  const { t } = getInterface()
  return (
    <article id={id} aria-labelledby={id ? `${id}-asker` : undefined} className="not-prose my-6 scroll-mt-20 rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800">
      <header className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <span id={id ? `${id}-asker` : undefined}>
          <span className="font-semibold text-zinc-900 dark:text-zinc-100">@{asker}</span>{' '}
          <span className="text-zinc-600 dark:text-zinc-400">{t.asked}</span>
        </span>
        {project ? <ProjectBadge id={project} /> : null}
      </header>
      <div className="space-y-3">{children}</div>
    </article>
  )
}

export function Question({ children }: { children?: ReactNode }) {
  return (
    <blockquote className="qa-markdown prose prose-zinc max-w-none border-l-4 border-sky-500 bg-sky-50 px-4 py-2 text-zinc-800 dark:prose-invert dark:bg-sky-950/40 dark:text-zinc-200 [&>p]:my-1">
      {children}
    </blockquote>
  )
}

export type AnswerProps = ComponentProps<'Answer'> & { children?: ReactNode }

export function Answer({ by, children }: AnswerProps) {
  const { t } = getInterface()
  return (
    <div className="flex gap-2">
      <span aria-hidden="true" className="mt-[0.1rem] font-bold text-emerald-700 dark:text-emerald-400">
        A：
      </span>
      <div className="qa-markdown prose prose-zinc min-w-0 max-w-none break-words dark:prose-invert [&>p]:my-1">
        <span className="sr-only">{t.answer}：</span>
        {children}
        {by ? <p className="text-sm text-zinc-500 dark:text-zinc-400">{t.answerBy(by)}</p> : null}
      </div>
    </div>
  )
}

export type QALinkProps = ComponentProps<'QALink'>

export function QALink({ href, label }: QALinkProps) {
  return (
    <p className="break-all text-sm text-zinc-600 dark:text-zinc-400">
      {label ? `「${label}」：` : null}
      <a href={withBasePath(href)} className="text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
        {href}
      </a>
      <GitHubLinkBadge href={href} />
    </p>
  )
}
