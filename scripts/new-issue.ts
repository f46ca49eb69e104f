/**
 * Starts the next issue from a template that holds every component, with placeholder text and a comment per block.
 *
 *   npm run new                  # the coming Friday (today, when today is a Friday)
 *   npm run new -- 2024-01-19    # a given day
 *
 * Writes CONTENT_DIR/weekly/DATE.mdx (./content when unset) as a draft, and never overwrites a file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { displayPath, getContentDir, readSettings } from '@/lib/content/load'
import { ContentError } from '@/lib/content/problems'
import { isIsoDate, type Project, type SiteSettings } from '@/lib/content/schema'

const FRIDAY = 5

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** The coming Friday as YYYY-MM-DD, in the maintainer's own calendar; today when today is a Friday. */
export function comingFriday(today: Date): string {
  const friday = new Date(today.getFullYear(), today.getMonth(), today.getDate() + ((FRIDAY - today.getDay() + 7) % 7))
  return `${friday.getFullYear()}-${pad(friday.getMonth() + 1)}-${pad(friday.getDate())}`
}

/**
 * The new issue's text. It must pass validation as it is: string props only, ids from projects.yaml, a task link to
 * a GitHub issue, and comments as `{/* … *\/}`, the one expression content may hold.
 */
export function issueTemplate(date: string, site: SiteSettings, project: Project): string {
  const zh = site.locale.toLowerCase().startsWith('zh')
  const heading = zh
    ? { contributors: '本周 Contributor', qa: '每周读者问答提炼', tasks: '新手任务', releases: '本周发布', events: '社区活动', reading: '本周推荐阅读' }
    : { contributors: 'Contributors of the week', qa: 'Questions and answers', tasks: 'Newcomer tasks', releases: 'Releases', events: 'Events', reading: 'Reading' }
  return `---
# Every field: docs/content.md#front-matter. YAML only.
title: ${JSON.stringify(`${site.name} | TODO: this week's highlights`)}
date: ${date}
summary: TODO one sentence for the issue list, search results and link previews
tags: [${JSON.stringify(site.name)}]
# A draft shows in \`npm run dev\` with a badge and is never published: delete this line when the issue is ready.
draft: true
---

{/* The issue is Markdown. Delete the sections you do not need; every component and prop: docs/content.md */}

TODO an opening paragraph: what happened in the community this week.

## ${heading.contributors}

{/* People to thank: login is their GitHub login, project an id from content/projects.yaml. A banner image
    needs alt text naming who it features: <Contributors banner="https://…" alt="…"> */}

<Contributors>
  <Contributor login="github-login" name="TODO name" project="${project.id}" contribution="TODO what they did" />
</Contributors>

## ${heading.qa}

{/* One <QA> per reader question. The question and the answers are Markdown; add <Answer by="…"> for each answer
    and a <QALink> for each related link. */}

<QA asker="TODO who asked" project="${project.id}">
  <Question>
    TODO the question
  </Question>
  <Answer>
    TODO the answer
  </Answer>
  <QALink label="${project.name}" href="${project.repo}" />
</QA>

## ${heading.tasks}

{/* One <Task> per newcomer task, linked to its GitHub issue. difficulty: easy, medium or hard;
    status: open (the default), claimed or done. */}

<TaskBoard>
  <Task project="${project.id}" difficulty="easy" title="TODO task title" href="${project.repo}/issues/1" />
</TaskBoard>

## ${heading.releases}

{/* One <Release> per release: version as tagged ("v1.2.0", "2.0.0-RC1"), date (YYYY-MM-DD) only when it is not the
    issue's day, href the release notes. The changes are a Markdown list. Listed on /releases and the project's page. */}

<Release project="${project.id}" version="v0.0.0" href="${project.repo}/releases">
  - TODO the main change
  - TODO another change
</Release>

## ${heading.events}

{/* One <Event> per live stream, meetup or meeting. start and end: a date and time with its offset
    ("${date}T19:00:00+08:00"), or a day ("${date}") for an all-day event; end is optional. location, href
    (registration or stream, https) and poster (https://… or /images/…) are optional. The description is Markdown.
    Listed on /events and in the calendar feed /events.ics. */}

<Event title="TODO event title" start="${date}T19:00:00+08:00" end="${date}T20:00:00+08:00" location="TODO where, or the stream" href="https://example.org/TODO-registration">
  TODO what the event is about, who speaks.
</Event>

## ${heading.reading}

{/* Articles worth reading, without utm_ tracking parameters, none already listed in the last four issues. */}

<ReadingList>
  <Reading title="TODO article title" href="https://example.org/TODO-article-${date}" source="TODO where it was published" />
</ReadingList>
`
}

export interface NewIssueResult {
  exitCode: 0 | 1
  message: string
}

export function createIssue(args: readonly string[], dir: string = getContentDir(), today: Date = new Date()): NewIssueResult {
  if (args.length > 1 || (args[0] !== undefined && !isIsoDate(args[0]))) {
    return { exitCode: 1, message: `expected one date written YYYY-MM-DD, such as: npm run new -- ${comingFriday(today)}` }
  }
  const date = args[0] ?? comingFriday(today)

  let settings: { site: SiteSettings; projects: Project[] }
  try {
    settings = readSettings(dir)
  } catch (error) {
    if (error instanceof ContentError) return { exitCode: 1, message: `${error.message}\nFix these first: the template needs the site settings and projects.` }
    throw error
  }
  const [project] = settings.projects
  if (!project) return { exitCode: 1, message: `${displayPath(path.join(dir, 'projects.yaml'))} lists no project; add one first` }

  const file = path.join(dir, 'weekly', `${date}.mdx`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    // 'wx' fails when the file exists, so an issue in progress is never overwritten, even by a race.
    fs.writeFileSync(file, issueTemplate(date, settings.site, project), { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return {
      exitCode: 1,
      message: `${displayPath(file)} already exists and was left as it is; edit it, or give another date: npm run new -- YYYY-MM-DD`,
    }
  }
  return {
    exitCode: 0,
    message: [
      `Created ${displayPath(file)}, a draft.`,
      `Preview it: npm run dev, then http://localhost:3000/weekly/${date}`,
      'Check it:   npm run validate',
      'Publish it: delete the line "draft: true", then open a pull request.',
    ].join('\n'),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { exitCode, message } = createIssue(process.argv.slice(2))
  if (exitCode === 0) console.log(message)
  else console.error(message)
  process.exitCode = exitCode
}
