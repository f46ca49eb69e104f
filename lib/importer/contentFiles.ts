import { isSeq, parseDocument, stringify } from 'yaml'

import { routes } from '@/lib/urls/routes'

import type { Project } from '../content/schema'

/**
 * `projects.yaml` with `projects` appended. An existing file keeps its text and comments byte for byte; the new
 * entries follow under a comment saying where they came from, so a maintainer can find and describe them.
 */
export function addProjectsToYaml(existing: string | undefined, projects: readonly Project[]): string {
  const entries = stringify(projects.map((project) => ({ ...project })), { lineWidth: 0 })
  const note = '# Added by npm run import:hugo from the archive: check each name and write a real description.\n'
  if (existing === undefined || existing.trim() === '') {
    return `# Projects that issues refer to by id (<Task project="layotto" … />).\n${note}${entries}`
  }
  const doc = parseDocument(existing)
  if (isSeq(doc.contents) && !doc.contents.flow) return `${existing.trimEnd()}\n${note}${entries}`
  // A flow list (`[]`) cannot be continued as text: rewrite it as data.
  const current = (doc.toJS() as unknown[] | null) ?? []
  return `${note}${stringify([...current, ...projects.map((project) => ({ ...project }))], { lineWidth: 0 })}`
}

export interface SiteDefaults {
  name: string
  locale: 'zh-CN' | 'en'
}

/**
 * Settings a fresh content folder needs before the site builds: the archive's name and language, and placeholders
 * the maintainer is told to replace.
 */
export function defaultSiteYaml({ name, locale }: SiteDefaults): string {
  const zh = locale === 'zh-CN'
  return `# Site settings, validated at build time (lib/content/schema.ts, siteSchema).
# Written by npm run import:hugo for a new content folder: replace the description, url and repository.
${stringify(
  {
    name,
    description: zh ? `${name} 往期归档：贡献者、读者问答、新手任务与推荐阅读。` : `${name} archive: contributors, reader Q&A, newcomer tasks and reading.`,
    url: 'https://weekly.example.org',
    locale,
    repository: { url: 'https://github.com/example/community-weekly', branch: 'main', contentPath: 'content' },
    nav: [{ label: zh ? '周报' : 'Issues', href: routes.archive }],
  },
  { lineWidth: 0 },
)}`
}

/** The weekly's name, from the part of its titles before `|` (`SOFA Weekly | 本周 QA` → `SOFA Weekly`), and language. */
export function siteDefaultsFromTitles(titles: readonly string[]): SiteDefaults {
  const counts = new Map<string, number>()
  for (const title of titles) {
    const name = title.split(/\s*[|｜]\s*/)[0]?.trim()
    if (name && name.length <= 30) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const name = [...counts].toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'Weekly'
  return { name, locale: titles.some((title) => /[\u4e00-\u9fff]/.test(title)) ? 'zh-CN' : 'en' }
}
