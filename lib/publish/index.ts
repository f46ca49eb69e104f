import { getContent } from '@/lib/content'
import type { Issue } from '@/lib/content/issue'
import { getDictionary } from '@/lib/i18n'
import { getSiteUrl } from '@/lib/urls'

import { renderIssueEmail, type PublishOptions } from './issue-email'
import { renderIssueWechat, renderIssueWechatTree } from './issue-wechat'

export { renderIssueEmail, renderIssueWechat, renderIssueWechatTree, type PublishOptions }
export { toPlainText } from './plain-text'

/** What the e-mail and WeChat renderers need from the site, taken from the loaded content. */
export function getPublishOptions(): PublishOptions {
  const { site, projects } = getContent()
  return { siteUrl: getSiteUrl(site.url), projects, t: getDictionary(site.locale), siteName: site.name, locale: site.locale }
}

export function getIssueEmail(issue: Issue): { html: string; text: string } {
  return renderIssueEmail(issue, getPublishOptions())
}

export function getIssueWechat(issue: Issue): string {
  return renderIssueWechat(issue, getPublishOptions())
}
