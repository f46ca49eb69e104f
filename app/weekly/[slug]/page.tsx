import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { IssueArticle } from '@/components/IssueArticle'
import { JsonLd } from '@/components/JsonLd'
import { ArchiveYearPage, archiveYearMetadata } from '@/components/listing/Archive'
import { Link } from '@/components/Link'
import { getAdjacentIssues, getEditUrl, getIssue, getIssues, getListings } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { issueJsonLd, issueMetadata } from '@/lib/metadata'
import { routes, withBasePath } from '@/lib/urls'

const MAINTAINER_LINK = 'text-zinc-600 underline underline-offset-2 hover:text-sky-700 dark:text-zinc-400 dark:hover:text-sky-400'

export const dynamicParams = false

/** Issues, and the archive's years: `/weekly/2021` (an issue's name starts with a full date, never a bare year). */
export function generateStaticParams(): { slug: string }[] {
  return [...getIssues().map((issue) => ({ slug: issue.slug })), ...getListings().archive.years.map(({ year }) => ({ slug: year }))]
}

type Params = Promise<{ slug: string }>

const yearOf = (slug: string) => getListings().archive.years.find(({ year }) => year === slug)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const year = yearOf(slug)
  if (year) return archiveYearMetadata({ year })
  const issue = getIssue(slug)
  return issue ? issueMetadata(issue) : {}
}

export default async function IssuePage({ params }: { params: Params }) {
  const { slug } = await params
  const year = yearOf(slug)
  if (year) return <ArchiveYearPage year={year} />
  const issue = getIssue(slug)
  if (!issue) notFound()
  const { previous, next } = getAdjacentIssues(slug)
  const { t } = getInterface()

  return (
    <IssueArticle
      issue={issue}
      footer={
        <footer className="mt-12 space-y-6 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          {/* Structured data for search engines; invisible, so where it sits in the page does not matter. */}
          <JsonLd data={issueJsonLd(issue)} />
          {issue.tags.length > 0 ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-zinc-600 dark:text-zinc-400">{t.tags}：</span>
              <ul className="flex flex-wrap gap-2">
                {issue.tags.map((tag) => (
                  <li key={tag}>
                    <Link
                      href={routes.tag(tag)}
                      className="inline-block rounded-full bg-zinc-100 px-2.5 py-0.5 text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-zinc-700"
                    >
                      {tag}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <nav aria-label={`${t.previousIssue} / ${t.nextIssue}`} className="grid gap-3 sm:grid-cols-2">
            {previous ? (
              <Link href={routes.issue(previous.slug)} rel="prev" className="rounded-xl border border-zinc-200 p-4 hover:border-sky-500 dark:border-zinc-800">
                <span className="block text-sm text-zinc-500 dark:text-zinc-400">← {t.previousIssue}</span>
                <span className="mt-1 block font-medium">{previous.title}</span>
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link href={routes.issue(next.slug)} rel="next" className="rounded-xl border border-zinc-200 p-4 text-right hover:border-sky-500 dark:border-zinc-800">
                <span className="block text-sm text-zinc-500 dark:text-zinc-400">{t.nextIssue} →</span>
                <span className="mt-1 block font-medium">{next.title}</span>
              </Link>
            ) : null}
          </nav>
          <p className="text-sm">
            <a href={getEditUrl(issue)} className={MAINTAINER_LINK}>
              {t.editOnGitHub}
            </a>
            {/* For maintainers who send the issue on: the same issue as an e-mail and as a WeChat article. */}
            <span className="text-zinc-400 dark:text-zinc-500"> · </span>
            <a href={withBasePath(routes.issueEmail(issue.slug))} className={MAINTAINER_LINK}>
              {t.publishEmail}
            </a>
            <span className="text-zinc-400 dark:text-zinc-500"> · </span>
            <Link href={routes.issueWechat(issue.slug)} className={MAINTAINER_LINK}>
              {t.publishWechat}
            </Link>
          </p>
        </footer>
      }
    />
  )
}
