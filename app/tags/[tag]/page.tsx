import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { IssueList } from '@/components/IssueList'
import { PageHeader } from '@/components/PageHeader'
import { getIssue, getTag, getTags } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/urls'

export const dynamicParams = false

export function generateStaticParams(): { tag: string }[] {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

type Params = Promise<{ tag: string }>

/** Next hands the segment over percent-encoded for non-ASCII tags (示例); match on the decoded slug. */
async function tagFrom(params: Params) {
  return getTag(decodeURIComponent((await params).tag))
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const tag = await tagFrom(params)
  if (!tag) return {}
  return pageMetadata({ path: paths.tag(tag.tag), title: getInterface().t.taggedWith(tag.tag) })
}

export default async function TagPage({ params }: { params: Params }) {
  const tag = await tagFrom(params)
  if (!tag) notFound()
  const { t } = getInterface()
  return (
    <div>
      <PageHeader title={t.taggedWith(tag.tag)} intro={t.issueCount(tag.issues.length)} />
      <IssueList issues={tag.issues.flatMap((ref) => getIssue(ref.slug) ?? [])} headingLevel="h2" />
    </div>
  )
}
