import type { ReactNode } from 'react'

import { IssueMeta } from '@/components/IssueMeta'
import { Link } from '@/components/Link'
import { MdxContent } from '@/components/MdxContent'
import { ContentImage } from '@/components/ContentImage'
import { TableOfContents } from '@/components/TableOfContents'
import type { Issue } from '@/lib/content'
import { getLargestImage, REMOTE_IMAGE_BOX } from '@/lib/content/images'
import { issueHast } from '@/lib/render/hast'
import { routes } from '@/lib/urls'

export interface IssueArticleProps {
  issue: Issue
  /** Show the cover and summary above the body (the home page's lead issue). */
  lead?: boolean
  /** Rendered under the title, e.g. a "latest issue" label. */
  eyebrow?: ReactNode
  /** Link the title to the issue's own page. */
  linkTitle?: boolean
  footer?: ReactNode
}

/** An issue in full: title, meta, optional cover and summary, and the MDX body with its components. */
export function IssueArticle({ issue, lead = false, eyebrow, linkTitle = false, footer }: IssueArticleProps) {
  const cover = lead ? issue.cover : undefined
  return (
    <article lang={issue.lang} aria-labelledby="issue-title">
      <header className="mb-8 space-y-3">
        {eyebrow}
        <h1 id="issue-title" className="text-2xl leading-snug font-bold tracking-tight sm:text-3xl sm:leading-snug">
          {linkTitle ? (
            <Link href={routes.issue(issue.slug)} className="hover:text-sky-700 dark:hover:text-sky-400">
              {issue.title}
            </Link>
          ) : (
            issue.title
          )}
        </h1>
        <IssueMeta issue={issue} />
        {lead && issue.summary && issue.summary !== issue.title ? (
          <p className="text-lg text-zinc-700 dark:text-zinc-300">{issue.summary}</p>
        ) : null}
        {cover ? (
          <ContentImage
            src={cover}
            alt=""
            layout="fill"
            priority
            className="rounded-xl bg-zinc-100 dark:bg-zinc-900"
            remote={{ ...REMOTE_IMAGE_BOX.cover, className: 'aspect-[12/5] object-cover' }}
          />
        ) : null}
      </header>
      {lead ? null : <TableOfContents headings={issue.headings} />}
      {/* The page's largest image loads first: the cover when there is one, else the largest image of the body. */}
      <MdxContent nodes={issueHast(issue.tree)} priorityImage={cover ? undefined : getLargestImage(issue)} className="prose prose-zinc max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-sky-700 prose-a:break-words dark:prose-a:text-sky-400" />
      {footer}
    </article>
  )
}
