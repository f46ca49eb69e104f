import type { Difficulty, TaskStatus } from '@/lib/content/schema'
import { getSite } from '@/lib/content'

/**
 * Interface text in every language the site speaks. Content stays in its own language; this is the chrome around
 * it. The site's `locale` (content/site.yaml) picks the dictionary.
 */
const zhCN = {
  skipToContent: '跳到正文',
  mainNav: '主导航',
  home: '首页',
  archive: '往期周报',
  latestIssue: '最新一期',
  recentIssues: '近期周报',
  allIssues: '全部往期',
  readIssue: '阅读本期',
  publishedOn: '发布于',
  tags: '标签',
  previousIssue: '上一期',
  nextIssue: '下一期',
  issueCount: (n: number) => `共 ${n} 期`,
  editOnGitHub: '在 GitHub 上编辑本期',
  contributorsOfTheWeek: '本周 Contributor',
  asked: '提问',
  answer: '答',
  answerBy: (name: string) => `${name} 回答`,
  relatedLinks: '相关链接',
  difficulty: { easy: 'Easy', medium: 'Medium', hard: 'Hard' } satisfies Record<Difficulty, string>,
  unrated: '未标难度',
  status: { open: '待认领', claimed: '已认领', done: '已完成' } satisfies Record<TaskStatus, string>,
  taskCount: (n: number) => `${n} 个任务`,
  readingSource: '来源',
  notFoundTitle: '页面不存在',
  notFoundBody: '你要找的页面不存在，可能是链接有误，或这期周报已经移动。',
  notFoundActions: '可以从这里继续：',
  poweredBy: '由 Community Weekly 驱动',
  sourceCode: '源代码',
  draft: '草稿',
}

export type Dictionary = typeof zhCN

const en: Dictionary = {
  skipToContent: 'Skip to content',
  mainNav: 'Main navigation',
  home: 'Home',
  archive: 'Archive',
  latestIssue: 'Latest issue',
  recentIssues: 'Recent issues',
  allIssues: 'All issues',
  readIssue: 'Read this issue',
  publishedOn: 'Published',
  tags: 'Tags',
  previousIssue: 'Previous issue',
  nextIssue: 'Next issue',
  issueCount: (n) => `${n} issue${n === 1 ? '' : 's'}`,
  editOnGitHub: 'Edit this issue on GitHub',
  contributorsOfTheWeek: 'Contributors of the week',
  asked: 'asked',
  answer: 'A',
  answerBy: (name) => `answered by ${name}`,
  relatedLinks: 'Related links',
  difficulty: { easy: 'Easy', medium: 'Medium', hard: 'Hard' },
  unrated: 'Unrated',
  status: { open: 'Open', claimed: 'Claimed', done: 'Done' },
  taskCount: (n) => `${n} task${n === 1 ? '' : 's'}`,
  readingSource: 'Source',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist. The link may be wrong, or the issue has moved.',
  notFoundActions: 'You can continue here:',
  poweredBy: 'Powered by Community Weekly',
  sourceCode: 'Source code',
  draft: 'Draft',
}

export function getDictionary(locale: string): Dictionary {
  return locale.toLowerCase().startsWith('zh') ? zhCN : en
}

/** `2022-05-27` as readers of the locale write dates; computed in UTC so builds are reproducible anywhere. */
export function formatIssueDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )
}

/** The dictionary and locale of this site, from its settings. */
export function getInterface(): { locale: string; t: Dictionary } {
  const { locale } = getSite()
  return { locale, t: getDictionary(locale) }
}
