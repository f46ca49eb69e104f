import { notFound } from 'next/navigation'

import { getIssue, getIssueParams } from '@/lib/content'
import { getIssueEmail } from '@/lib/publish'

export const dynamicParams = false
export const generateStaticParams = getIssueParams
// The e-mail of each issue, written at build time: a plain file in a static export, to paste into a sending service.
export const dynamic = 'force-static'

type Context = { params: Promise<{ slug: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params
  const { html } = getIssueEmail(getIssue(slug) ?? notFound())
  // Not an address for readers (the issue's page is), so search engines skip it.
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'x-robots-tag': 'noindex' } })
}
