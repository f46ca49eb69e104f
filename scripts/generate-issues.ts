/**
 * Writes a synthetic content folder of N weekly issues, for load tests and benchmarks.
 * Usage: npm run generate:issues -- <dir> [count=200]
 *
 * Tasks come from a pool and are re-announced in several consecutive issues (as real weeklies do), some with a
 * changed status, so the task board has to de-duplicate. Deterministic: the same count gives the same files.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const PROJECTS = ['alpha', 'beta', 'gamma', 'delta'] as const
const DIFFICULTIES = ['easy', 'medium', 'hard'] as const
/** Each pool task is announced in this many consecutive issues. */
export const ANNOUNCEMENTS_PER_TASK = 3
export const TASKS_PER_ISSUE = 6

export interface GeneratedContent {
  dir: string
  issues: number
  /** Titles of the distinct tasks, each of which the board must list once. */
  taskTitles: string[]
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2019, 0, 4) + day * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10)
}

export function generateIssues(dir: string, count = 200): GeneratedContent {
  fs.mkdirSync(path.join(dir, 'weekly'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'site.yaml'),
    [
      'name: Load Test Weekly',
      'description: Synthetic issues for load tests.',
      'url: https://load.example.org',
      'locale: zh-CN',
      'repository:',
      '  url: https://github.com/example/load-weekly',
      'nav:',
      '  - label: 周报',
      '    href: /weekly',
      '  - label: 新手任务',
      '    href: /tasks',
      '',
    ].join('\n'),
  )
  fs.writeFileSync(
    path.join(dir, 'projects.yaml'),
    PROJECTS.map((id) => `- id: ${id}\n  name: Project ${id}\n  repo: https://github.com/example/${id}\n  description: Synthetic project ${id}.\n`).join(''),
  )

  const taskTitles = new Set<string>()
  for (let n = 0; n < count; n++) {
    const date = isoDate(n)
    const tasks: string[] = []
    // Task k is announced in issues k / 2 … k / 2 + ANNOUNCEMENTS_PER_TASK - 1 (two new tasks per issue).
    for (let slot = 0; slot < TASKS_PER_ISSUE; slot++) {
      const k = (n - Math.floor(slot / 2)) * 2 + (slot % 2)
      if (k < 0) continue
      const title = `示例任务 ${k}：为服务注册中心补充第 ${k} 组单元测试`
      const last = Math.floor(k / 2) + ANNOUNCEMENTS_PER_TASK - 1 === n
      const status = last && k % 5 === 0 ? 'claimed' : 'open'
      taskTitles.add(title)
      tasks.push(
        `  <Task project="${PROJECTS[k % PROJECTS.length]}" difficulty="${DIFFICULTIES[k % DIFFICULTIES.length]}" title="${title}" href="https://github.com/example/${PROJECTS[k % PROJECTS.length]}/issues/${k}" status="${status}" />`,
      )
    }
    const body = [
      '---',
      `title: 合成周报第 ${n + 1} 期 | 服务注册中心问答、新手任务`,
      `date: ${date}`,
      `summary: 第 ${n + 1} 期合成内容，用于压力测试。`,
      `tags: [load, ${PROJECTS[n % PROJECTS.length]}]`,
      '---',
      '',
      `本期介绍服务注册中心与分布式事务的进展（第 ${n + 1} 期）。`,
      '',
      '## 本周 Contributor',
      '',
      '<Contributors>',
      `  <Contributor login="user-${n % 37}" name="贡献者 ${n % 37}" project="${PROJECTS[n % PROJECTS.length]}" contribution="修复了第 ${n} 号问题" />`,
      '</Contributors>',
      '',
      '## 每周读者问答提炼',
      '',
      ...[1, 2].flatMap((q) => [
        `<QA asker="读者${n}-${q}" project="${PROJECTS[(n + q) % PROJECTS.length]}">`,
        '  <Question>',
        `    第 ${n + 1} 期的第 ${q} 个问题：服务注册中心如何配置 \`RegistryConfig${n}\`？`,
        '  </Question>',
        '  <Answer>',
        `    设置 \`registry.address\`，然后重启服务。更多说明见[文档](https://example.org/docs/${n}/${q})。`,
        '  </Answer>',
        '</QA>',
        '',
      ]),
      '## 新手任务',
      '',
      '<TaskBoard>',
      ...tasks,
      '</TaskBoard>',
      '',
      '## 本周推荐阅读',
      '',
      '<ReadingList>',
      `  <Reading title="合成文章 ${n}" href="https://example.org/articles/${n}" source="示例博客" />`,
      '</ReadingList>',
      '',
    ].join('\n')
    fs.writeFileSync(path.join(dir, 'weekly', `${date}.mdx`), body)
  }
  return { dir, issues: count, taskTitles: [...taskTitles] }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count] = process.argv.slice(2)
  if (!dir) {
    console.error('usage: npm run generate:issues -- <dir> [count=200]')
    process.exit(2)
  }
  const result = generateIssues(path.resolve(dir), count ? Number(count) : 200)
  console.log(`wrote ${result.issues} issues with ${result.taskTitles.length} distinct tasks to ${result.dir}`)
}
