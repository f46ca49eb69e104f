import { toHtml } from 'hast-util-to-html'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CopyRichText } from '@/components/CopyRichText'
import { Link } from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { getIssue, getIssueParams } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { getPublishOptions, renderIssueWechatTree, toPlainText } from '@/lib/publish'
import { routes } from '@/lib/urls'

export const dynamicParams = false

export const generateStaticParams = getIssueParams

type Params = Promise<{ slug: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const issue = getIssue((await params).slug)
  if (!issue) return {}
  const { t } = getInterface()
  // A tool for maintainers, not a page for readers: the issue's page is the one to find.
  return pageMetadata({ path: routes.issueWechat(issue.slug), title: `${t.publishWechat} · ${issue.title}`, noindex: true })
}

const ARTICLE_ID = 'wechat-article'

/** The issue as its WeChat article, shown as it will paste, with a button that copies it as rich HTML. */
export default async function IssueWechatPage({ params }: { params: Params }) {
  const issue = getIssue((await params).slug)
  if (!issue) notFound()
  const { t } = getInterface()
  const tree = renderIssueWechatTree(issue, getPublishOptions())
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={`${t.publishWechat} · ${issue.title}`} intro={t.publishWechatIntro} />
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <CopyRichText
          text={toPlainText(tree)}
          sourceId={ARTICLE_ID}
          labels={{ copy: t.publishCopy, copied: t.publishCopied, failed: t.publishCopyFailed }}
        />
        <Link href={routes.issue(issue.slug)} className="text-sm underline">
          {t.publishWebVersion}
        </Link>
      </div>
      {/*
        The article's HTML is what the copy button puts on the clipboard, so what is seen is what is pasted. It is the
        output of the WeChat renderer, sanitized by lib/publish (the schema of PUBLISH_HTML_SCHEMA, checked with
        hostile content by lib/__tests__/feed-hostile.test.ts), and it goes to the page as one string: rendered as
        React elements it was carried three times (HTML, the page's payload, the button's props), a page heavier than
        the issue itself at 57 KB.
      */}
      <article
        id={ARTICLE_ID}
        className="rounded-md border border-zinc-200 bg-white p-4 text-zinc-900 dark:border-zinc-700"
        dangerouslySetInnerHTML={{ __html: toHtml(tree) }}
      />
    </div>
  )
}
