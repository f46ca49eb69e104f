import { z } from 'zod'

import { originProblem, urlProblem } from '@/lib/url-policy'

import { unusableTagSlug } from './slug'

/**
 * Everything a content file may contain is described here, once: front matter, the fields the MDX components'
 * props are made of (each component's own schema lives with it, in lib/blocks/<kind>/spec.ts), the project registry
 * and the site settings. Types come from these schemas (`z.infer`), so a file that
 * does not fit is reported, never cast.
 */

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const
export type Difficulty = (typeof DIFFICULTIES)[number]

export const TASK_STATUSES = ['open', 'claimed', 'done'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

/** A link or image target a reader's browser can follow without running anything (lib/url-policy.ts). */
export const safeUrl = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const problem = urlProblem(value)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })

export const httpsUrl = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const problem = urlProblem(value, 'https')
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })

/** An image: https:// on another host, or one this site serves from public/images (lib/content/images.ts checks it). */
export const imageUrl = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const local = value.startsWith('/')
    const problem = local && !value.startsWith('/images/') ? 'expected an https:// URL or an image of this site, /images/…' : urlProblem(value, local ? 'link' : 'https')
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })

export { isSafeUrl } from '@/lib/url-policy'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a `YYYY-MM-DD` string naming a day that exists (no 2022-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' })

/** BCP 47 language tags as used in `<html lang>`: zh-CN, en, en-US, zh-Hant-TW. */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z]{4})?(-[A-Z]{2}|-\d{3})?$/, { error: 'expected a language tag such as zh-CN or en' })

export const frontMatterSchema = z.strictObject({
  title: nonEmpty,
  date: z.string().refine(isIsoDate, { error: 'expected a date that exists, written YYYY-MM-DD' }),
  summary: nonEmpty.optional(),
  cover: imageUrl.optional(),
  tags: z
    .array(
      nonEmpty.superRefine((tag, context) => {
        const problem = unusableTagSlug(tag)
        if (problem) context.addIssue({ code: 'custom', message: problem })
      }),
    )
    .default([]),
  authors: z.array(nonEmpty).default([]),
  draft: z.boolean().default(false),
  lang: languageTag.optional(),
})
export type FrontMatter = z.infer<typeof frontMatterSchema>

export const githubLogin = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'expected a GitHub login (letters, digits, hyphens)' })

/**
 * Ids the page layout gives its own elements (components/ and app/; a test keeps this list complete). Content ids,
 * heading anchors included, never take one: two elements with one id break skip links, labels and anchors.
 */
export const RESERVED_IDS: readonly string[] = [
  'main',
  'issue-title',
  'toc-title',
  'site-search',
  'recent-issues',
  'open-tasks',
  'project-tasks',
  'project-qa',
  'project-issues',
  'project-releases',
  'upcoming-events',
  'past-events',
]

export const anchorId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected lowercase letters, digits and hyphens' })
  .refine((id) => !RESERVED_IDS.includes(id), { error: 'is an id the page itself uses; choose another' })

/** A project id as written in content; whether it is in the registry is checked against `content/projects.yaml`. */
export const projectId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: 'expected a project id from content/projects.yaml (lowercase letters, digits, hyphens)',
})

/** Plain HTML elements allowed in MDX besides Markdown: harmless inline and disclosure elements, no attributes. */
export const ALLOWED_HTML = new Set(['br', 'kbd', 'sub', 'sup', 'details', 'summary', 'abbr', 'mark'])

export const projectSchema = z.strictObject({
  id: projectId,
  name: nonEmpty,
  repo: httpsUrl,
  description: nonEmpty,
})
export type Project = z.infer<typeof projectSchema>

export const projectsFileSchema = z.array(projectSchema)

export const siteSchema = z.strictObject({
  name: nonEmpty,
  description: nonEmpty,
  url: z.string().superRefine((value, context) => {
    const problem = originProblem(value)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  }),
  locale: languageTag,
  repository: z.strictObject({
    url: httpsUrl,
    branch: nonEmpty.default('main'),
    /** Where the content folder sits in the repository, for edit links. */
    contentPath: nonEmpty.default('content'),
  }),
  nav: z.array(z.strictObject({ label: nonEmpty, href: safeUrl })).min(1),
})
export type SiteSettings = z.infer<typeof siteSchema>
