import type { ReactNode } from 'react'

import { ContentImage } from '@/components/ContentImage'
import type { ComponentProps } from '@/lib/blocks/specs'
import { REMOTE_IMAGE_BOX } from '@/lib/content/images'
import { formatIssueDate } from '@/lib/dates'
import { getInterface } from '@/lib/i18n'
import { withBasePath } from '@/lib/urls/base-path'

import { formatEventTime, parseEventTime } from './time'

export type EventProps = ComponentProps<'Event'> & { children?: ReactNode }

/** An event: what, when (in its own time zone), where, how to join, its poster and description. */
export function Event({ title, start, end, location, href, poster, id, children }: EventProps) {
  const { locale, t } = getInterface()
  const from = parseEventTime(start)
  const when = from ? formatEventTime(from, end === undefined ? undefined : parseEventTime(end), (date) => formatIssueDate(date, locale)) : start
  return (
    <article id={id} className="not-prose my-6 scroll-mt-20 rounded-xl border border-violet-200 bg-violet-50/40 p-4 sm:p-5 dark:border-violet-900 dark:bg-violet-950/20">
      <p className="text-base font-semibold break-words text-zinc-900 dark:text-zinc-100">{title}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">{t.eventWhen}</dt>
        <dd className="text-zinc-900 dark:text-zinc-100">
          <time dateTime={start}>{when}</time>
        </dd>
        {location ? (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">{t.eventWhere}</dt>
            <dd className="break-words text-zinc-900 dark:text-zinc-100">{location}</dd>
          </>
        ) : null}
      </dl>
      {href ? (
        <p className="mt-2 text-sm">
          <a href={withBasePath(href)} className="font-medium break-all text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
            {t.eventJoin}
          </a>
        </p>
      ) : null}
      {children ? <div className="qa-markdown prose prose-zinc mt-2 max-w-none break-words dark:prose-invert [&>p]:my-1">{children}</div> : null}
      {poster ? (
        <ContentImage
          src={poster}
          alt={t.eventPoster(title)}
          layout="natural"
          className="mt-3 rounded-lg"
          remote={{ ...REMOTE_IMAGE_BOX.markdown, className: 'aspect-video h-auto w-full max-w-sm object-contain' }}
        />
      ) : null}
    </article>
  )
}
