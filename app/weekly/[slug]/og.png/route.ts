import { notFound } from 'next/navigation'

import { getIssue, getIssueParams, getSite } from '@/lib/content'
import { formatIssueDate } from '@/lib/i18n'
import { renderSocialImage } from '@/lib/social-image'
import { displayHost } from '@/lib/urls'

// One card per issue, drawn at build time: a plain PNG file in a static export.
export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = getIssueParams

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const issue = getIssue((await params).slug)
  if (!issue) notFound()
  const site = getSite()
  return renderSocialImage({
    kicker: site.name,
    title: issue.title,
    details: [`${formatIssueDate(issue.date, site.locale)} · ${displayHost()}`],
  })
}
