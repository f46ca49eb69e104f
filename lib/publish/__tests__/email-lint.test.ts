import { doIUseEmail } from '@jsx-email/doiuse-email'
import { describe, expect, it } from 'vitest'

import { VALID_CONTENT } from '@/lib/content/__tests__/helpers'
import { readContent } from '@/lib/content/load'
import { getDictionary } from '@/lib/i18n'

import { renderIssueEmail } from '..'

/**
 * What caniemail.com (through @jsx-email/doiuse-email) reports for our e-mails, and why each is acceptable: every
 * one is ignored by the clients that lack it, and the message still reads. Anything else fails the test.
 */
const DEGRADES_HARMLESSLY: Record<string, string> = {
  '`<body> element`': 'clients that replace <body> by a <div> lose only its background colour',
  '`display:none`': 'the preheader shows as a first line in Gmail mobile webmail',
  '`overflow`': 'the preheader, already hidden by display:none and a 1 px font',
  '`role attribute`': 'role="presentation" only helps screen readers skip layout tables',
  '`word-break`': 'long words and addresses may widen the column on a phone; the column still scrolls',
  '`overflow-wrap`': 'as word-break',
  '`table-layout`': 'tables size to their content instead of the column',
  '`HTML5 semantics`': '<figure> around an image is shown as a plain block',
}

const CLIENTS = ['gmail.*', 'outlook.*', 'apple-mail.*', 'yahoo.*']

describe.each([
  ['sample', readContent('content')],
  ['fixtures', readContent(VALID_CONTENT)],
])('the e-mail linter on the %s issues', (_, content) => {
  const options = { siteUrl: 'https://weekly.example.org', projects: content.projects, t: getDictionary('en'), siteName: 'Weekly', locale: 'en' }
  it.each(content.issues.map((issue) => [issue.slug, issue] as const))('%s uses nothing that breaks in Gmail, Outlook, Apple Mail, Yahoo', (_slug, issue) => {
    const result = doIUseEmail(renderIssueEmail(issue, options).html, { emailClients: CLIENTS })
    const features = new Set(('errors' in result ? result.errors : []).map((error) => error.replace(/ is not supported by .*/, '')))
    expect([...features].filter((feature) => !Object.hasOwn(DEGRADES_HARMLESSLY, feature))).toEqual([])
  })
})
