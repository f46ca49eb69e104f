import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BoardTasks } from '@/components/BoardTasks'
import { IssueList } from '@/components/IssueList'
import { PageHeader } from '@/components/PageHeader'
import { QAItemView } from '@/components/QAItemView'
import { Link } from '@/components/Link'
import { getListings, getProjects, getProjectSummary, type Preview } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/urls'

export const dynamicParams = false

export function generateStaticParams(): { id: string }[] {
  return getProjects().map((project) => ({ id: project.id }))
}

type Params = Promise<{ id: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const summary = getProjectSummary((await params).id)
  if (!summary) return {}
  return pageMetadata({ path: routes.project(summary.project.id), title: summary.project.name, description: summary.project.description })
}

export default async function ProjectPage({ params }: { params: Params }) {
  const summary = getProjectSummary((await params).id)
  if (!summary) notFound()
  const { t } = getInterface()
  const { project } = summary
  const { openTasks, qa, releases, issues } = getListings().projectOverview(project.id)
  const { locale } = getInterface()

  return (
    <div className="space-y-12">
      <PageHeader
        title={project.name}
        intro={
          <>
            {project.description}{' '}
            <a href={project.repo} className="text-sky-700 underline underline-offset-2 dark:text-sky-400">
              {t.repository}
            </a>
          </>
        }
      />
      <section aria-labelledby="project-tasks">
        <h2 id="project-tasks" className="mb-4 text-xl font-bold">
          {t.openTasksOf}
        </h2>
        {openTasks.total ? <BoardTasks tasks={openTasks.items} idPrefix="project-tasks" heading="h3" /> : <p>{t.none}</p>}
        <MoreLink preview={openTasks} label={t.allOpenTasksOf(openTasks.total)} />
      </section>
      {releases.total ? (
        <section aria-labelledby="project-releases">
          <h2 id="project-releases" className="mb-4 text-xl font-bold">
            {t.releases}
          </h2>
          <ol className="relative space-y-4 border-l-2 border-zinc-200 pl-5 dark:border-zinc-800">
            {releases.items.map((release) => (
              <li key={release.anchor} className="relative">
                <span aria-hidden="true" className="absolute top-1.5 -left-[1.6rem] size-3 rounded-full border-2 border-white bg-sky-600 dark:border-zinc-950 dark:bg-sky-400" />
                <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <Link href={routes.issueAnchor(release.issue.slug, release.id)} className="font-mono font-semibold break-all text-zinc-900 underline-offset-2 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400">
                    {release.version}
                  </Link>
                  <time dateTime={release.date} className="text-sm text-zinc-600 dark:text-zinc-400">
                    {formatIssueDate(release.date, locale)}
                  </time>
                  {release.href ? (
                    <a href={release.href} className="text-sm text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
                      {t.releaseNotes}
                    </a>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
          <MoreLink preview={releases} label={t.allReleasesOf(releases.total)} />
        </section>
      ) : null}
      <section aria-labelledby="project-qa">
        <h2 id="project-qa" className="mb-4 text-xl font-bold">
          {t.qaOf}
        </h2>
        {qa.total ? (
          <ol className="space-y-2 p-0">
            {qa.items.map((item) => (
              <QAItemView key={item.anchor} item={item} />
            ))}
          </ol>
        ) : (
          <p>{t.none}</p>
        )}
        <MoreLink preview={qa} label={t.allQAOf(qa.total)} />
      </section>
      <section aria-labelledby="project-issues">
        <h2 id="project-issues" className="text-xl font-bold">
          {t.issuesMentioning}
        </h2>
        {issues.total ? <IssueList issues={issues.items} /> : <p>{t.none}</p>}
        <MoreLink preview={issues} label={t.allIssuesMentioning(issues.total)} />
      </section>
    </div>
  )
}

/** The link from a project page's preview of a list to the whole list, when the preview leaves some out. */
function MoreLink({ preview, label }: { preview: Preview<unknown>; label: string }) {
  if (preview.items.length >= preview.total) return null
  return (
    <p className="mt-4">
      <Link href={preview.path} className="font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
        {label} →
      </Link>
    </p>
  )
}
